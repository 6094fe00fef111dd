package news.dateline.user;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client (keyed by the hashed address), with the same lockout rules as
 * accounts, so one client cannot try password after password across many accounts. Kept in memory
 * on each node (accounts are counted in the database); when the map grows large, only the locked
 * clients are kept.
 */
@Component
class ClientLockouts {

	static final int MAX_CLIENTS = 10_000;

	private final Map<String, LoginFailures> clients = new ConcurrentHashMap<>();

	LoginFailures of(String client) {
		return this.clients.getOrDefault(client, LoginFailures.NONE);
	}

	/** Counts a failure; true when it locked the client. */
	boolean recordFailure(String client, Instant now) {
		if (this.clients.size() >= MAX_CLIENTS) {
			// a flood of addresses must not grow the map without end: keep only the locked ones
			this.clients.values().removeIf((failures) -> !failures.isLockedAt(now));
		}
		return this.clients.merge(client, LoginFailures.NONE.afterFailure(now),
				(old, first) -> old.afterFailure(now)).failedAttempts() == 0;
	}

	void forget(String client) {
		this.clients.remove(client);
	}

}
