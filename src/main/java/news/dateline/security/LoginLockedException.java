package news.dateline.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused without checking the password, because the account (or the client
 * sending the attempts) failed too often; the login page tells how long the lock lasts.
 */
public class LoginLockedException extends LockedException {

	private final Duration retryAfter;

	private final boolean client;

	public LoginLockedException(Duration retryAfter, boolean client) {
		super(client ? "client temporarily locked" : "account temporarily locked");
		this.retryAfter = retryAfter;
		this.client = client;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole minutes left, rounded up: what the login page shows. */
	public long minutesLeft() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

	/** Whether the client address (rather than the account) is locked. */
	public boolean isClient() {
		return this.client;
	}

}
