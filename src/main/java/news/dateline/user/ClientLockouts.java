package news.dateline.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import news.dateline.system.Jdbc;

/**
 * Failed sign-ins per client (keyed by the keyed hash of its address, never the address),
 * with the same slow-down and lockout rules as accounts, so one client cannot try
 * password after password across many accounts. Kept in the {@code login_client_failure}
 * table, so every node of a cluster counts the same failures; the row is locked while a
 * failure is counted. Rows without a failure for a day are pruned as new failures come
 * in.
 */
@Component
class ClientLockouts {

	private final JdbcClient jdbc;

	ClientLockouts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LoginFailures of(String client) {
		return this.jdbc
			.sql("select failed_attempts, lockouts, last_failure_at, locked_until"
					+ " from login_client_failure where client_hash = ?")
			.param(client)
			.query(ClientLockouts::row)
			.optional()
			.orElse(LoginFailures.NONE);
	}

	/**
	 * Counts a failure, in the caller's transaction; answers the client's failures after
	 * it.
	 */
	LoginFailures recordFailure(String client, Instant now) {
		this.jdbc
			.sql("delete from login_client_failure where last_failure_at < ?"
					+ " and (locked_until is null or locked_until < ?)")
			.params(Jdbc.timestamp(now.minus(LoginFailures.FORGET_AFTER)), Jdbc.timestamp(now))
			.update();
		this.jdbc
			.sql("insert into login_client_failure (client_hash, failed_attempts, lockouts, last_failure_at)"
					+ " values (?, 0, 0, ?) on conflict do nothing")
			.params(client, Jdbc.timestamp(now))
			.update();
		LoginFailures before = this.jdbc
			.sql("select failed_attempts, lockouts, last_failure_at, locked_until"
					+ " from login_client_failure where client_hash = ? for update")
			.param(client)
			.query(ClientLockouts::row)
			.single();
		LoginFailures after = before.afterFailure(now);
		this.jdbc
			.sql("update login_client_failure set failed_attempts = ?, lockouts = ?, last_failure_at = ?,"
					+ " locked_until = ? where client_hash = ?")
			.params(after.failedAttempts(), after.lockouts(), Jdbc.timestamp(after.lastFailureAt()),
					Jdbc.timestamp(after.lockedUntil()), client)
			.update();
		return after;
	}

	/** Forgets the client's failures: after a successful sign-in. */
	void forget(String client) {
		this.jdbc.sql("delete from login_client_failure where client_hash = ?").param(client).update();
	}

	private static LoginFailures row(ResultSet rs, int row) throws SQLException {
		return new LoginFailures(rs.getInt(1), rs.getInt(2), Jdbc.instant(rs, 3), Jdbc.instant(rs, 4));
	}

}
