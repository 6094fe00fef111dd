package news.dateline.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every response but a live event stream Tomcat's usual 8 KB buffer (a no-op unless
 * {@code dateline.live.body-buffer} made it smaller), so pages are sent as before:
 * committed, and given a length, at the same size. A stream writes a few hundred bytes at
 * a time and flushes each.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResponseBufferFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isEventStream(request) && response.getBufferSize() < LeanHttp11NioProtocol.TOMCAT_BODY_BUFFER) {
			response.setBufferSize(LeanHttp11NioProtocol.TOMCAT_BODY_BUFFER);
		}
		chain.doFilter(request, response);
	}

	static boolean isEventStream(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.startsWith("/live/") && uri.endsWith("/events");
	}

}
