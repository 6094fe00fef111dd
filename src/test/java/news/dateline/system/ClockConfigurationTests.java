package news.dateline.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's clock: microsecond instants, as the databases store them, and a
 * working {@code millis()} (which Lucene's searches ask for).
 */
class ClockConfigurationTests {

	private final Clock clock = new ClockConfiguration().clock();

	@Test
	void givesInstantsToTheMicrosecond() {
		Instant now = this.clock.instant();
		assertThat(now.getNano() % 1_000).isZero();
		assertThat(now).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
	}

	@Test
	void answersMillisecondsLikeTheSystemClock() {
		long before = System.currentTimeMillis();
		long millis = this.clock.millis();
		assertThat(millis).isBetween(before, System.currentTimeMillis());
	}

	@Test
	void keepsItsPrecisionInAnotherZone() {
		Clock seoul = this.clock.withZone(ZoneId.of("Asia/Seoul"));
		assertThat(seoul.getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
		assertThat(seoul.instant().getNano() % 1_000).isZero();
		assertThat(seoul.millis()).isPositive();
	}

}
