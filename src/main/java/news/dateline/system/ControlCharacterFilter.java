package news.dateline.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes control characters (NUL and the other C0 controls but tab, line feed and
 * carriage return) from every request parameter before anything reads it: they have no
 * place in a form field, and PostgreSQL refuses NUL in text outright.
 */
public class ControlCharacterFilter extends OncePerRequestFilter {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	static String clean(String value) {
		return (value == null) ? null : CONTROL.matcher(value).replaceAll("");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	/** The request with every parameter value cleaned. */
	private static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values == null) ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = clean(values[i]);
					}
					cleaned.put(clean(name), copy);
				});
				this.parameters = java.util.Collections.unmodifiableMap(cleaned);
			}
			return this.parameters;
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return java.util.Collections.enumeration(getParameterMap().keySet());
		}

	}

}
