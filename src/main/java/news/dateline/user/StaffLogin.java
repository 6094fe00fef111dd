package news.dateline.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.security.LoginLockedException;
import news.dateline.security.LoginThrottledException;
import news.dateline.security.StaffAccounts;
import news.dateline.security.StaffPrincipal;
import news.dateline.system.Signer;
import news.dateline.user.internal.StaffUser;
import news.dateline.user.internal.StaffUserRepository;

/**
 * Checks sign-in attempts against the staff accounts with the brute-force rules: a locked
 * account or client is refused before the password is looked at (the account's lock is
 * named first), and so is an attempt that comes before the slow-down after the third and
 * later failures has passed; each failure counts against the account and against the
 * client (both in the database, their rows locked, so every node sees the same counts);
 * the fifth failure in a row locks both and is written to the audit log.
 */
@Service
@Transactional(readOnly = true)
class StaffLogin implements StaffAccounts {

	static final String ORIGIN = "sign-in";

	private final StaffUserRepository users;

	private final PasswordEncoder encoder;

	private final ClientLockouts clients;

	private final Signer signer;

	private final AuditLog audit;

	private final Clock clock;

	private volatile String unknownUserHash;

	StaffLogin(StaffUserRepository users, PasswordEncoder encoder, ClientLockouts clients, Signer signer,
			AuditLog audit, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.clients = clients;
		this.signer = signer;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(noRollbackFor = AuthenticationException.class)
	public StaffPrincipal signIn(String email, String password, String clientAddress) {
		Instant now = this.clock.instant();
		String client = this.signer.hashAddress(clientAddress);
		Optional<StaffUser> found = this.users.findForSignIn(StaffUser.normalise(email));
		if (found.isPresent() && found.get().failures().isLockedAt(now)) {
			throw new LoginLockedException(found.get().failures().lockLeftAt(now), false);
		}
		LoginFailures clientFailures = this.clients.of(client);
		if (clientFailures.isLockedAt(now)) {
			throw new LoginLockedException(clientFailures.lockLeftAt(now), true);
		}
		Duration wait = found.map((user) -> user.failures().waitLeftAt(now)).orElse(Duration.ZERO);
		if (clientFailures.waitLeftAt(now).compareTo(wait) > 0) {
			wait = clientFailures.waitLeftAt(now);
		}
		if (!wait.isZero()) {
			throw new LoginThrottledException(wait);
		}
		if (!matches(password, found.map(StaffUser::getPasswordHash).orElse(null))) {
			throw failed(found.orElse(null), client, now);
		}
		StaffUser user = found.get();
		if (!user.isEnabled()) {
			throw new DisabledException("account disabled");
		}
		user.recordSignIn(now);
		this.clients.forget(client);
		if (this.encoder.upgradeEncoding(user.getPasswordHash())) {
			user.setPasswordHash(this.encoder.encode(password));
		}
		return user.principal();
	}

	private boolean matches(String password, String hash) {
		if (hash == null || !PasswordPolicy.fits(password)) {
			// as slow as a real check, so the answer's timing does not tell which emails
			// have accounts
			this.encoder.matches("not the password", unknownUserHash());
			return false;
		}
		return this.encoder.matches(password, hash);
	}

	private AuthenticationException failed(StaffUser user, String client, Instant now) {
		LoginFailures clientFailures = this.clients.recordFailure(client, now);
		boolean clientLocked = clientFailures.failedAttempts() == 0;
		if (clientLocked) {
			lockedOut("client.lockout", "client", client, clientFailures.lockLeftAt(now));
		}
		if (user != null && user.recordFailure(now)) {
			Duration left = user.failures().lockLeftAt(now);
			lockedOut("user.lockout", "staff_user", user.getId(), left);
			return new LoginLockedException(left, false);
		}
		if (clientLocked) {
			return new LoginLockedException(clientFailures.lockLeftAt(now), true);
		}
		return new BadCredentialsException("bad credentials");
	}

	private void lockedOut(String action, String subjectType, Object subjectId, Duration lock) {
		this.audit.recordSystem(ORIGIN, action, subjectType, subjectId,
				"Locked for " + lock.toMinutes() + " min after " + LoginFailures.THRESHOLD + " failed sign-ins");
	}

	private String unknownUserHash() {
		String hash = this.unknownUserHash;
		if (hash == null) {
			hash = this.encoder.encode("unknown-user-" + System.nanoTime());
			this.unknownUserHash = hash;
		}
		return hash;
	}

	@Override
	public Optional<StaffPrincipal> current(Long userId) {
		return this.users.findById(userId).filter(StaffUser::isEnabled).map(StaffUser::principal);
	}

}
