package news.dateline.web;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Leaves live event streams out of request observations (metrics and traces): each
 * observation of a request that stays open for minutes holds its context, timers and key
 * values for as long, a few KB per stream, and a node holds thousands. Streams are
 * counted by {@code LiveStreams} instead.
 */
@Component
class LiveStreamObservations implements ObservationPredicate {

	@Override
	public boolean test(String name, Observation.Context context) {
		HttpServletRequest request = null;
		if (context instanceof ServerRequestObservationContext server) {
			request = server.getCarrier();
		}
		else {
			RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
			if (attributes instanceof ServletRequestAttributes servlet) {
				request = servlet.getRequest();
			}
		}
		return request == null || !ResponseBufferFilter.isEventStream(request);
	}

}
