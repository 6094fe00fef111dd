package news.dateline.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every response Tomcat's usual 8 KB buffer (a no-op unless
 * {@code dateline.live.body-buffer} made it smaller), so pages are sent as before:
 * committed, and given a length, at the same size. Ordered after
 * {@link LiveStreamFilter}, so live event streams (a few hundred bytes at a time, each
 * flushed) never reach it and keep the small buffer.
 */
@Component
@Order(LiveStreamFilter.ORDER + 1)
class ResponseBufferFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (response.getBufferSize() < LeanHttp11NioProtocol.TOMCAT_BODY_BUFFER) {
			response.setBufferSize(LeanHttp11NioProtocol.TOMCAT_BODY_BUFFER);
		}
		chain.doFilter(request, response);
	}

}
