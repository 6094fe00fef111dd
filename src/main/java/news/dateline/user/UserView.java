package news.dateline.user;

import java.time.Instant;

import news.dateline.security.Role;

/**
 * A staff account as the users pages show it.
 *
 * @param lockedUntil when a brute-force lockout ends, or null when the account is not
 * locked
 * @param authorId the linked byline, or null
 */
public record UserView(Long id, String email, String displayName, Role role, boolean enabled, Instant lockedUntil,
		Long authorId, String authorName, Instant createdAt, Instant lastSignInAt) {

	public boolean isLocked() {
		return this.lockedUntil != null;
	}

}
