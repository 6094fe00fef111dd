package news.dateline.web;

import java.io.IOException;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps every answer out of shared caches while the site is not ready for readers:
 * between the web server opening and the start-up work finishing (the demo content
 * loading, for one), and again while it shuts down. Until readiness is
 * {@code ACCEPTING_TRAFFIC} a page's {@code Cache-Control} is {@code no-store}, whatever
 * its controller asked for, so neither a CDN nor the {@link PublicPageFilter} inside this
 * filter keeps a half-filled front page.
 */
@Component
@Order(NotReadyNoStoreFilter.ORDER)
class NotReadyNoStoreFilter extends OncePerRequestFilter {

	/**
	 * Outside the {@link PublicPageFilter} (-110), so the page cache sees the header this
	 * filter sets.
	 */
	static final int ORDER = -120;

	static final String NOT_READY = "no-store";

	private volatile boolean ready;

	@EventListener
	void readinessChanged(AvailabilityChangeEvent<ReadinessState> event) {
		this.ready = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.ready) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, NOT_READY);
		chain.doFilter(request, new NoStoreResponse(response));
	}

	/** A response whose {@code Cache-Control} stays {@code no-store}. */
	private static final class NoStoreResponse extends HttpServletResponseWrapper {

		NoStoreResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? NOT_READY : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.setHeader(name, NOT_READY);
			}
			else {
				super.addHeader(name, value);
			}
		}

	}

}
