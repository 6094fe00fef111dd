package news.dateline.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The cross-site request check for the public forms, which carry a signed token instead
 * of a session-bound CSRF token so that article pages stay cacheable: a browser's
 * {@code Sec-Fetch-Site} or {@code Origin} header must say the form was sent from this
 * site.
 */
@Component
class SameOriginGuard {

	boolean isSameOrigin(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
			return false;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return true;
		}
		try {
			URI uri = URI.create(origin);
			int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
			return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
