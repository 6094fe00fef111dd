package news.dateline.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of time: every service takes this {@link Clock}, so tests can move it.
 * It ticks in microseconds, the precision both H2 and PostgreSQL store, so a time read
 * back equals the one written.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return new MicrosecondClock(Clock.systemUTC());
	}

	/**
	 * The system clock truncated to microseconds. Not {@code Clock.tick(clock, 1 µs)}: on
	 * Java 17 a tick under a millisecond makes its {@code millis()} divide by zero
	 * (Lucene's searches call it).
	 */
	static final class MicrosecondClock extends Clock {

		private final Clock system;

		MicrosecondClock(Clock system) {
			this.system = system;
		}

		@Override
		public ZoneId getZone() {
			return this.system.getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new MicrosecondClock(this.system.withZone(zone));
		}

		@Override
		public long millis() {
			return this.system.millis();
		}

		@Override
		public Instant instant() {
			return this.system.instant().truncatedTo(ChronoUnit.MICROS);
		}

	}

}
