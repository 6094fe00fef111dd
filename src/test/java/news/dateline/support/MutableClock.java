package news.dateline.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can set and move; shared by every test context in place of the system
 * clock. It starts between seconds, with microseconds, as the application's own clock
 * reads, so no test can pass only because times fall on whole seconds.
 */
public class MutableClock extends Clock {

	public static final Instant START = Instant.parse("2026-06-20T09:00:00.123456Z");

	private volatile Instant now = START;

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	public void reset() {
		this.now = START;
	}

}
