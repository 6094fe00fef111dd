package news.dateline.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import news.dateline.article.ArticleViewCounter;
import news.dateline.system.Editions;

/**
 * HTTP for public pages, in front of everything else (even the security filters, so a
 * cache hit costs almost nothing):
 * <ul>
 * <li>every public response whose controller called it public
 * ({@link CachePolicy#PUBLIC}) gets an ETag, and a conditional GET that matches gets
 * 304;</li>
 * <li>anonymous GETs of public pages without personal cookies are served from the
 * {@link PageCache} when they can be, gzipped when the client accepts it; misses are
 * stored with the content keys they were built from ({@link PageKeys}), and while a page
 * is being rendered, other requests for it wait for that rendering instead of repeating
 * it;</li>
 * <li>public responses name those keys in {@code xkey} and {@code Surrogate-Key} headers,
 * so an HTTP cache in front can be purged by key ({@link EdgePurge});</li>
 * <li>requests with a session, remember-me or commenter cookie are never cached and their
 * pages are made {@code private, no-store}, as are all admin pages;</li>
 * <li>views of story pages (hits included) are counted for "Most read", bots left
 * out.</li>
 * </ul>
 * The comment form on a cached article page carries the signed token of the moment it was
 * rendered. Entries live for {@code dateline.cache.pages.ttl} (60 s by default), so a
 * served token is never older than that: the "minimum time on page" check can then be
 * cheated by at most one minute on a hot page, against a default minimum of three
 * seconds, which is why short entries were chosen over splicing a fresh token into every
 * response (that would cost re-compressing every hit).
 */
@Component
@Order(PublicPageFilter.ORDER)
class PublicPageFilter extends OncePerRequestFilter {

	/** Before Spring Security's filter chain (-100) and request context filter (-105). */
	static final int ORDER = -110;

	/** The request attribute where the article page controller leaves the story's id. */
	static final String ARTICLE_ID = PublicPageFilter.class.getName() + ".articleId";

	/** The header Varnish's xkey module reads the keys from. */
	static final String XKEY = "xkey";

	/** The longest key header sent (Tomcat's and Varnish's header buffers are 8 KB). */
	static final int MAX_KEY_HEADER = 5000;

	/**
	 * The header Fastly and other CDNs read the keys from (sent when short: it repeats
	 * xkey).
	 */
	static final String SURROGATE_KEY = "Surrogate-Key";

	/** The lists paged with {@code ?before=} and {@code ?after=} cursors. */
	private static final List<String> LISTS = List.of("/latest", "/sections/", "/authors/", "/tags/", "/sources/");

	/**
	 * Says whether the page cache served the page (HIT) or rendered it for the cache
	 * (MISS).
	 */
	static final String CACHE_STATUS = "X-Page-Cache";

	private static final Set<String> NOT_REPLAYED = Set.of(HttpHeaders.SET_COOKIE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.ETAG, HttpHeaders.CONTENT_ENCODING,
			HttpHeaders.CONTENT_TYPE, CACHE_STATUS);

	private final PageCache cache;

	private final PageCacheSettings settings;

	private final ArticleViewCounter views;

	private final ConcurrentMap<String, Object> renderings = new ConcurrentHashMap<>();

	private final Editions editions;

	PublicPageFilter(PageCache cache, PageCacheSettings settings, ArticleViewCounter views, Editions editions) {
		this.cache = cache;
		this.editions = editions;
		this.settings = settings;
		this.views = views;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
				|| path.startsWith("/media/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")
				// live event streams and polls: never buffered, never cached
				|| path.startsWith("/live/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		if (path.equals("/admin") || path.startsWith("/admin/")) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.PERSONAL);
			chain.doFilter(request, response);
			return;
		}
		boolean get = "GET".equals(request.getMethod());
		if (!get && !"HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		boolean personal = hasPersonalCookie(request);
		String key = (this.settings.enabled() && !personal) ? cacheKey(request) : null;
		if (key != null) {
			if (sentFromCache(key, request, response, get)) {
				return;
			}
			// one rendering per page at a time: requests arriving meanwhile wait for it
			// and get the stored copy
			Object rendering = this.renderings.computeIfAbsent(key, (page) -> new Object());
			try {
				synchronized (rendering) {
					if (!sentFromCache(key, request, response, get)) {
						render(request, response, chain, key, personal, get);
					}
				}
			}
			finally {
				this.renderings.remove(key, rendering);
			}
			return;
		}
		render(request, response, chain, null, personal, get);
	}

	private boolean sentFromCache(String key, HttpServletRequest request, HttpServletResponse response, boolean get)
			throws IOException {
		CachedPage hit = this.cache.get(key);
		if (hit == null) {
			return false;
		}
		response.setHeader(CACHE_STATUS, "HIT");
		send(hit, request, response);
		countView(hit.articleId(), request, get);
		return true;
	}

	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			boolean personal, boolean get) throws ServletException, IOException {
		long generation = this.cache.generation();
		java.time.Instant renderedAt = this.cache.now();
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		Long articleId = (Long) request.getAttribute(ARTICLE_ID);
		String cacheControl = buffered.getHeader(HttpHeaders.CACHE_CONTROL);
		boolean publicPage = buffered.getStatus() == HttpServletResponse.SC_OK && cacheControl != null
				&& cacheControl.contains("public") && !buffered.containsHeader(HttpHeaders.SET_COOKIE);
		if (personal && cacheControl != null) {
			buffered.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.PERSONAL);
		}
		if (!publicPage || personal) {
			buffered.copyBodyToResponse();
			countView(articleId, request, get && buffered.getStatus() == HttpServletResponse.SC_OK);
			return;
		}
		byte[] body = buffered.getContentAsByteArray();
		String etag = CachedPage.etagOf(body);
		Set<String> keys = PageKeys.of(request, this.editions.sitePath(request.getRequestURI()),
				buffered.getContentType());
		sendKeys(buffered, keys);
		if (key != null && get) {
			buffered.setHeader(CACHE_STATUS, "MISS");
			CachedPage page = CachedPage.of(body, buffered.getContentType(), replayedHeaders(buffered), articleId, keys,
					renderedAt);
			this.cache.put(key, page, generation);
		}
		buffered.setHeader(HttpHeaders.ETAG, etag);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			buffered.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			buffered.setContentLength(0);
		}
		else {
			buffered.copyBodyToResponse();
		}
		countView(articleId, request, get);
	}

	/**
	 * Names the page's keys for the HTTP cache in front; a page with too many keys for
	 * one header line (a front page of many cards) is sent with {@code s-maxage=0}
	 * instead, so the edge does not keep it.
	 */
	static void sendKeys(HttpServletResponse response, Set<String> keys) {
		String joined = String.join(" ", keys);
		if (joined.length() > MAX_KEY_HEADER) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.PUBLIC.replace("s-maxage=300", "s-maxage=0"));
		}
		else if (!keys.isEmpty()) {
			response.setHeader(XKEY, joined);
			if (joined.length() <= MAX_KEY_HEADER / 2) {
				response.setHeader(SURROGATE_KEY, joined);
			}
		}
	}

	private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (CachedPage.Header header : page.headers()) {
			response.addHeader(header.name(), header.value());
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		boolean gzip = acceptsGzip(request);
		byte[] bytes = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	private void countView(Long articleId, HttpServletRequest request, boolean counts) {
		if (articleId != null && counts && !Bots.isBot(request.getHeader(HttpHeaders.USER_AGENT))) {
			this.views.record(articleId);
		}
	}

	private boolean hasPersonalCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (cookie.getValue() != null && !cookie.getValue().isEmpty()
					&& (this.settings.personalCookies().contains(cookie.getName())
							|| CommenterCookie.SAVED.equals(cookie.getName())
							|| CommenterCookie.HELD.equals(cookie.getName()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The cache key of a request, or null when its page is not kept (search, parameters
	 * the page does not read).
	 */
	private String cacheKey(HttpServletRequest request) {
		String path = request.getRequestURI();
		// the key is the full path, so each edition's page is kept apart; what a page
		// reads is told by its path in the site ("/es/latest" is "/latest")
		String sitePath = this.editions.sitePath(path);
		if (sitePath.equals("/search") || sitePath.startsWith("/search/")) {
			return null;
		}
		for (String parameter : request.getParameterMap().keySet()) {
			if (!readBy(sitePath, parameter)) {
				return null;
			}
		}
		String query = request.getQueryString();
		return (query == null || query.isEmpty()) ? path : path + "?" + query;
	}

	/**
	 * Whether the page reads the parameter, so that each value is a page of its own: list
	 * cursors on lists, {@code before} (older live entries) on story pages and the
	 * corrections log, a share picture's version.
	 */
	private static boolean readBy(String path, String parameter) {
		return switch (parameter) {
			case "after" -> isList(path);
			case "before" -> isList(path) || path.equals("/corrections")
					|| (path.startsWith("/articles/") && path.indexOf('/', "/articles/".length()) < 0);
			case "v" -> isSharePicture(path);
			default -> false;
		};
	}

	private static boolean isList(String path) {
		return LISTS.stream().anyMatch((list) -> path.equals(list) || (list.endsWith("/") && path.startsWith(list)));
	}

	/** A story's share picture, whose URL carries its version ({@code ?v=}). */
	private static boolean isSharePicture(String path) {
		return path.startsWith("/articles/") && (path.endsWith("/share.png") || path.endsWith("/share.jpg"));
	}

	private static List<CachedPage.Header> replayedHeaders(HttpServletResponse response) {
		List<CachedPage.Header> headers = new ArrayList<>();
		for (String name : Set.copyOf(response.getHeaderNames())) {
			if (NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)) {
				for (String value : response.getHeaders(name)) {
					headers.add(new CachedPage.Header(name, value));
				}
			}
		}
		return headers;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip");
	}

	/** Weak comparison of If-None-Match with the ETag, as RFC 9110 asks for GET. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

}
