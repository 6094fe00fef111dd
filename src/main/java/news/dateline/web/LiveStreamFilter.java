package news.dateline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import news.dateline.article.ArticleService;
import news.dateline.live.LiveNotFoundException;
import news.dateline.live.LiveService;

/**
 * Serves a live story's event stream, {@code GET /live/{id}/events}, ahead of the rest of
 * the filters and of Spring MVC. A node holds thousands of these streams open for minutes
 * each, and every object a request collects on its way (the security filters' wrappers,
 * request attributes, the MVC handler's asynchronous state) stays with its stream as long
 * as it is open: here a stream keeps only its connection, its asynchronous context and
 * its place in {@link LiveStreams}. The stream is public, reads no session or cookie and
 * writes nothing but events, so no filter after this one has anything to add to it; it
 * sets its own headers ({@code no-store}, {@code nosniff}). A story that is not live and
 * published answers the site's 404 page; a full node or client answers 503 with
 * {@code Retry-After} (the script then polls {@code /live/{id}/updates}, served by
 * {@link LiveController} as usual). The rate limits do not apply to the stream: its own
 * bounds per node and per client address do.
 */
@Component
@Order(LiveStreamFilter.ORDER)
class LiveStreamFilter extends HttpFilter {

	/**
	 * First, before even the request observations (metrics and traces), which would keep
	 * their context for as long as the stream is open; the stream counts itself.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	private static final Pattern PATH = Pattern.compile("/live/([0-9]{1,18})/events");

	/** How long a refused reader's script polls before it tries the stream again. */
	static final String RETRY_AFTER_SECONDS = "30";

	private static final String ALLOW = "GET, HEAD, OPTIONS";

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

	private final LiveService live;

	private final ArticleService articles;

	private final LiveStreams streams;

	LiveStreamFilter(LiveService live, ArticleService articles, LiveStreams streams) {
		this.live = live;
		this.articles = articles;
		this.streams = streams;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Matcher path = (request.getDispatcherType() == DispatcherType.REQUEST)
				? PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())) : null;
		if (path == null || !path.matches()) {
			chain.doFilter(request, response);
			return;
		}
		boolean head = "HEAD".equals(request.getMethod());
		if (!head && !"GET".equals(request.getMethod())) {
			otherMethod(request, response);
			return;
		}
		String since = request.getParameter("since");
		if (since != null && !NUMBER.matcher(since).matches()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		long current;
		Long articleId;
		try {
			articleId = LiveController.publishedStory(this.articles, path.group(1));
			current = this.live.lastSeq(articleId).orElseThrow(() -> new LiveNotFoundException("live " + articleId));
		}
		catch (LiveNotFoundException ex) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (head) {
			// the stream's headers, as GET would send them, and no stream
			response.setHeader("Allow", ALLOW);
			LiveStreamResponse.headers(response);
			return;
		}
		long from = resumeFrom(request.getHeader("Last-Event-ID"), (since != null) ? Long.parseLong(since) : current);
		try {
			this.streams.open(articleId, from, request, response);
		}
		catch (LiveStreams.FullException ex) {
			full(response);
		}
	}

	/** OPTIONS gets the methods the stream takes, anything else the site's 405 page. */
	private static void otherMethod(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Allow", ALLOW);
		if (!"OPTIONS".equals(request.getMethod())) {
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		}
	}

	/** 503 with {@code Retry-After}: the reader's script polls instead. */
	private static void full(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream()
			.write("Too many live streams are open; poll /live/{id}/updates instead.\n"
				.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The number a reconnecting reader last had ({@code Last-Event-ID}), if it is one.
	 */
	private static long resumeFrom(String lastEventId, long fallback) {
		String id = (lastEventId != null) ? lastEventId.strip() : "";
		return NUMBER.matcher(id).matches() ? Long.parseLong(id) : fallback;
	}

}
