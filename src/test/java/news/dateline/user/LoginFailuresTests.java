package news.dateline.user;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginFailuresTests {

	static final Instant NOW = Instant.parse("2026-06-20T09:00:00Z");

	private static LoginFailures fail(LoginFailures failures, int times, Instant at) {
		LoginFailures result = failures;
		for (int i = 0; i < times; i++) {
			result = result.afterFailure(at);
		}
		return result;
	}

	@Test
	void staysOpenForFourFailuresAndLocksOnTheFifth() {
		LoginFailures four = fail(LoginFailures.NONE, 4, NOW);
		assertThat(four.isLockedAt(NOW)).isFalse();
		assertThat(four.failedAttempts()).isEqualTo(4);
		LoginFailures five = four.afterFailure(NOW);
		assertThat(five.isLockedAt(NOW)).isTrue();
		assertThat(five.lockLeftAt(NOW)).isEqualTo(Duration.ofMinutes(1));
		assertThat(five.isLockedAt(NOW.plus(Duration.ofMinutes(1)))).isFalse();
	}

	@Test
	void makesTheNextAttemptWaitFromTheThirdFailureTwiceAsLongEachTime() {
		assertThat(LoginFailures.slowDown(2)).isZero();
		assertThat(LoginFailures.slowDown(3)).isEqualTo(Duration.ofSeconds(5));
		assertThat(LoginFailures.slowDown(4)).isEqualTo(Duration.ofSeconds(10));
		assertThat(LoginFailures.slowDown(40)).isEqualTo(Duration.ofDays(1));
		assertThat(fail(LoginFailures.NONE, 2, NOW).waitLeftAt(NOW)).isZero();
		LoginFailures three = fail(LoginFailures.NONE, 3, NOW);
		assertThat(three.waitLeftAt(NOW.plusSeconds(2))).isEqualTo(Duration.ofSeconds(3));
		assertThat(three.waitLeftAt(NOW.plusSeconds(5))).isZero();
		assertThat(fail(LoginFailures.NONE, 5, NOW).waitLeftAt(NOW)).as("locked instead").isZero();
	}

	@Test
	void doublesEachLockoutUpToADay() {
		assertThat(LoginFailures.lockDuration(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(LoginFailures.lockDuration(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(LoginFailures.lockDuration(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(LoginFailures.lockDuration(11)).isEqualTo(Duration.ofMinutes(1024));
		assertThat(LoginFailures.lockDuration(12)).isEqualTo(Duration.ofDays(1));
		assertThat(LoginFailures.lockDuration(500)).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void forgetsFailuresAfterADayWithoutAny() {
		LoginFailures locked = fail(LoginFailures.NONE, 5, NOW);
		LoginFailures nextDay = locked.afterFailure(NOW.plus(Duration.ofDays(1)));
		assertThat(nextDay.lockouts()).isZero();
		assertThat(nextDay.failedAttempts()).isEqualTo(1);
	}

}
