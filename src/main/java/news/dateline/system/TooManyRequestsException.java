package news.dateline.system;

import java.time.Duration;

/**
 * A client is sending faster than allowed: answered with the 429 page and a
 * {@code Retry-After} header.
 */
public class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(String reason, Duration retryAfter) {
		super(reason);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
