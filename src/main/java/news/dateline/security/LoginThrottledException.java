package news.dateline.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused without checking the password, because the account or the client failed
 * several times in a row and must wait a little longer after each failure; the login page
 * tells how many seconds. Its sibling {@link LoginLockedException} is the longer lockout
 * that follows.
 */
public class LoginThrottledException extends LockedException {

	private final Duration retryAfter;

	public LoginThrottledException(Duration retryAfter) {
		super("sign-in slowed after failures");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole seconds left, rounded up: what the login page shows. */
	public long secondsLeft() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
