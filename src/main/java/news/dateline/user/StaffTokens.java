package news.dateline.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import news.dateline.system.Jdbc;

/**
 * Single-use links for staff (a password reset, an invitation): a random token goes in
 * the mail and only its SHA-256 is stored, so the table alone opens no account. A token
 * is spent when it is used, and a new reset link spends the member's earlier ones.
 */
@Component
class StaffTokens {

	enum Purpose {

		RESET, INVITE

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	StaffTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new token for the member, valid for the given time; their earlier unused ones are
	 * spent.
	 */
	String issue(long userId, Purpose purpose, Instant now, Duration validity) {
		this.jdbc.update("update staff_token set used_at = ? where user_id = ? and used_at is null",
				Jdbc.timestamp(now), userId);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.update(
				"insert into staff_token (token_hash, user_id, purpose, created_at, expires_at) "
						+ "values (?, ?, ?, ?, ?)",
				hash(token), userId, purpose.name(), Jdbc.timestamp(now), Jdbc.timestamp(now.plus(validity)));
		return token;
	}

	/** How many links the member was sent since the given time. */
	int issuedSince(long userId, Instant since) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from staff_token where user_id = ? and created_at > ?", Integer.class, userId,
				Jdbc.timestamp(since));
		return (count != null) ? count : 0;
	}

	/** The member the token opens, if it is unused and unexpired. */
	Optional<Long> holder(String token, Instant now) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList("select user_id from staff_token where token_hash = ? and used_at is null and expires_at > ?",
					Long.class, hash(token), Jdbc.timestamp(now))
			.stream()
			.findFirst();
	}

	/**
	 * Spends the token; false when it was already spent (by a request that came first) or
	 * has expired.
	 */
	boolean spend(String token, Instant now) {
		return this.jdbc.update(
				"update staff_token set used_at = ? where token_hash = ? and used_at is null " + "and expires_at > ?",
				Jdbc.timestamp(now), hash(token), Jdbc.timestamp(now)) == 1;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
