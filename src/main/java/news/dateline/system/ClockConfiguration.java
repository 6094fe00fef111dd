package news.dateline.system;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of time: every service takes this {@link Clock}, so tests can move it. It ticks in
 * microseconds, the precision both H2 and PostgreSQL store, so a time read back equals the one written.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
