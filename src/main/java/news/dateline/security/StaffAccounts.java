package news.dateline.security;

import java.util.Optional;

import org.springframework.security.core.AuthenticationException;

/**
 * What sign-in needs from the staff accounts, implemented where the accounts are kept:
 * checking a password (with the brute-force rules) and re-reading a signed-in member's
 * standing, so that a disabled account or a changed role takes effect on the next
 * request.
 */
public interface StaffAccounts {

	/**
	 * Checks a sign-in attempt from the given client address.
	 * @throws AuthenticationException a {@link LoginLockedException} while the account or
	 * the client is locked out, a {@code DisabledException} for a disabled account,
	 * otherwise bad credentials
	 */
	StaffPrincipal signIn(String email, String password, String clientAddress);

	/** The member's current standing, or empty when the account is gone or disabled. */
	Optional<StaffPrincipal> current(Long userId);

}
