package news.dateline.user;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * The failed sign-ins of an account or a client, and the slow-down and lockout they
 * earned: from the third failure in a row the next attempt must wait, 5 seconds after the
 * third and twice as long after each further one; after five failures in a row the next
 * attempts are refused for a minute, and each further lockout doubles the time (at most a
 * day). A day without failures, a success or an Administrator's unlock forgets them.
 * Waiting is the client's: an attempt made too early is refused at once (and not
 * counted), no request thread is held.
 *
 * @param failedAttempts failures since the last lockout or success
 * @param lockouts lockouts in a row
 */
@Embeddable
public record LoginFailures(int failedAttempts, int lockouts, Instant lastFailureAt, Instant lockedUntil) {

	static final int THRESHOLD = 5;

	static final int SLOW_AFTER = 3;

	static final Duration FIRST_WAIT = Duration.ofSeconds(5);

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofDays(1);

	static final Duration FORGET_AFTER = Duration.ofDays(1);

	public static final LoginFailures NONE = new LoginFailures(0, 0, null, null);

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	Duration lockLeftAt(Instant now) {
		return isLockedAt(now) ? Duration.between(now, this.lockedUntil) : Duration.ZERO;
	}

	/**
	 * How long the next attempt must still wait after the last failure (zero once it may
	 * go ahead).
	 */
	Duration waitLeftAt(Instant now) {
		if (isStaleAt(now)) {
			return Duration.ZERO;
		}
		Instant until = this.lastFailureAt.plus(slowDown(this.failedAttempts));
		return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
	}

	/**
	 * The wait after this many failures in a row: none for the first two, then doubling
	 * from 5 s.
	 */
	static Duration slowDown(int failedAttempts) {
		if (failedAttempts < SLOW_AFTER) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failedAttempts - SLOW_AFTER, 20);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		return (wait.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : wait;
	}

	/** The failures after one more; locked when this one reached the threshold. */
	public LoginFailures afterFailure(Instant now) {
		LoginFailures base = isStaleAt(now) ? NONE : this;
		int failed = base.failedAttempts + 1;
		if (failed < THRESHOLD) {
			return new LoginFailures(failed, base.lockouts, now, base.lockedUntil);
		}
		int lockouts = base.lockouts + 1;
		return new LoginFailures(0, lockouts, now, now.plus(lockDuration(lockouts)));
	}

	/** Whether the last failure is so long ago that it no longer counts. */
	boolean isStaleAt(Instant now) {
		return this.lastFailureAt == null || !this.lastFailureAt.plus(FORGET_AFTER).isAfter(now);
	}

	static Duration lockDuration(int lockouts) {
		int doublings = Math.min(Math.max(lockouts - 1, 0), 20);
		Duration duration = FIRST_LOCK.multipliedBy(1L << doublings);
		return (duration.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : duration;
	}

}
