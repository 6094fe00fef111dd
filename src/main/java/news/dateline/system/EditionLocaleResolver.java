package news.dateline.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a page is that of its edition, from its path: the {@link Edition} the
 * edition filter left in {@link Edition#ATTRIBUTE}, or the one the path names. Never the
 * reader's browser, so a cached page is the same for every reader of its edition. Admin
 * pages are in the default edition's locale.
 */
@Component("localeResolver")
public class EditionLocaleResolver implements LocaleResolver {

	private final Editions editions;

	public EditionLocaleResolver(Editions editions) {
		this.editions = editions;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return edition(request).locale();
	}

	/** The edition of the page a request asks for. */
	public Edition edition(HttpServletRequest request) {
		if (request.getAttribute(Edition.ATTRIBUTE) instanceof Edition edition) {
			return edition;
		}
		return this.editions.byPath(request.getRequestURI());
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The locale follows the edition in the path");
	}

}
