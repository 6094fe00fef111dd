package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Answers 301 with a page's address given whole ({@code /es/sections/mundo}), keeping the
 * request's query (a list's cursor); a controller's {@code redirect:} would add the
 * edition's prefix the request was made under.
 */
final class MovedPermanently {

	private MovedPermanently() {
	}

	/** Sends the 301; a controller returns what this returns (no view). */
	static String to(String path, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		String query = request.getQueryString();
		response.setHeader(HttpHeaders.LOCATION, path + ((query != null) ? "?" + query : ""));
		return null;
	}

}
