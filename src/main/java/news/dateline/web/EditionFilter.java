package news.dateline.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import news.dateline.system.Edition;
import news.dateline.system.Editions;

/**
 * Serves each edition's pages under its prefix ({@code /es/articles/x}) with the same
 * controllers as the default edition's ({@code /articles/x}), and leaves the request's
 * {@link Edition} in {@link Edition#ATTRIBUTE} (the default one when there is no prefix),
 * which {@code system.EditionLocaleResolver} turns into the locale of messages and dates.
 * <p>
 * One filter rather than a second mapping on every controller: a request for an edition
 * page is passed on as if Dateline were deployed at the prefix (context path {@code /es},
 * servlet path {@code /articles/x}). Everything that builds links from the context path
 * then stays in the edition without knowing about it: Thymeleaf's {@code @{/...}} links,
 * form actions, and the comment form's redirect after posting. Links to what is not an
 * edition page ({@code /css}, {@code /js}, {@code /media}, {@code /live}, corrections,
 * admin) are given back their plain path as the page encodes them. Security and the rate
 * limits see the path without the prefix, so {@code /es/**} pages are exactly as public
 * as the default edition's; anything else under a prefix ({@code /es/admin}) is passed on
 * unchanged and finds no page (404). It runs after the {@link PublicPageFilter}, whose
 * cache keys are the full path (so each edition's pages are kept apart), and before the
 * request context and security filters.
 */
@Component
@Order(EditionFilter.ORDER)
class EditionFilter extends OncePerRequestFilter {

	/**
	 * After the page cache (-110), before the request context (-105) and security (-100).
	 */
	static final int ORDER = -108;

	/**
	 * The site paths each edition has a version of: exact paths, and path prefixes ending
	 * in "/". The lists' feeds ({@code /sections/world/feed.atom}) are under their pages'
	 * paths; sitemaps have mappings of their own per edition.
	 */
	static final List<String> EDITION_PAGES = List.of("/", "/latest", "/search", "/feed.atom", "/feed.rss",
			"/articles/", "/sections/", "/authors/", "/tags/", "/sources/");

	private final Editions editions;

	EditionFilter(Editions editions) {
		this.editions = editions;
	}

	/** Whether a site path (without prefix) is one each edition has a version of. */
	static boolean isEditionPage(String sitePath) {
		return EDITION_PAGES.stream()
			.anyMatch((page) -> sitePath.equals(page) || (page.length() > 1 && page.endsWith("/")
					&& sitePath.startsWith(page) && sitePath.length() > page.length()));
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// an error page under /es is shown in Spanish, with links that stay in the
		// edition
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean error = request.getDispatcherType() == DispatcherType.ERROR;
		String path = error ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
				: request.getRequestURI();
		Edition edition = this.editions.byPath(path);
		request.setAttribute(Edition.ATTRIBUTE, edition);
		if (edition.isDefault() || !request.getContextPath().isEmpty()
				|| (!error && !isEditionPage(this.editions.sitePath(path)))) {
			chain.doFilter(request, response);
			return;
		}
		String sitePath = error ? request.getServletPath() : this.editions.sitePath(path);
		chain.doFilter(new EditionRequest(request, edition.pathPrefix(), sitePath), response);
	}

	/**
	 * Wraps the response of an edition's page in {@link EditionResponse}. A filter of its
	 * own, because links must be encoded inside the security filters (which answer
	 * {@code encodeURL} themselves, so that no session id ever gets into a URL) and
	 * outside the one that puts the content hash in static files' names (so that
	 * {@code /es/css/site.css} is first resolved to {@code /es/css/site-0a1b.css}, then
	 * given back its plain path).
	 */
	@Component
	@Order(LinkFilter.ORDER)
	static class LinkFilter extends OncePerRequestFilter {

		/** After the security filters, before the static files' one (the lowest). */
		static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean edition = request.getAttribute(Edition.ATTRIBUTE) instanceof Edition found && !found.isDefault()
					&& found.pathPrefix().equals(request.getContextPath());
			chain.doFilter(request, edition ? new EditionResponse(response, request.getContextPath()) : response);
		}

	}

	/** The request as if Dateline were deployed at the edition's prefix. */
	private static final class EditionRequest extends HttpServletRequestWrapper {

		private final String prefix;

		private final String sitePath;

		EditionRequest(HttpServletRequest request, String prefix, String sitePath) {
			super(request);
			this.prefix = prefix;
			this.sitePath = sitePath;
		}

		@Override
		public String getContextPath() {
			return this.prefix;
		}

		@Override
		public String getServletPath() {
			return this.sitePath;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getRequestURI() {
			return this.prefix + this.sitePath;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = super.getRequestURL();
			String uri = super.getRequestURI();
			return new StringBuffer(url.substring(0, url.length() - uri.length())).append(getRequestURI());
		}

	}

	/**
	 * Gives links to what is not an edition page their plain path, and the edition's home
	 * its path without a final slash ("/es", not "/es/").
	 */
	private static final class EditionResponse extends HttpServletResponseWrapper {

		private final String prefix;

		EditionResponse(HttpServletResponse response, String prefix) {
			super(response);
			this.prefix = prefix;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(plain(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(plain(url));
		}

		private String plain(String url) {
			if (url == null || !url.startsWith(this.prefix + "/")) {
				return url;
			}
			String rest = url.substring(this.prefix.length());
			int end = indexOfAny(rest, '?', '#');
			String sitePath = (end < 0) ? rest : rest.substring(0, end);
			if (sitePath.equals("/")) {
				return this.prefix + rest.substring(1);
			}
			return isEditionPage(sitePath) ? url : rest;
		}

		private static int indexOfAny(String text, char first, char second) {
			int a = text.indexOf(first);
			int b = text.indexOf(second);
			return (a < 0) ? b : ((b < 0) ? a : Math.min(a, b));
		}

	}

}
