package news.dateline.user.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import news.dateline.security.Role;
import news.dateline.security.StaffPrincipal;
import news.dateline.user.LoginFailures;
import news.dateline.user.UserView;

/**
 * A staff account: email (the sign-in name, stored in lower case), display name, password
 * hash, role, whether it may sign in, and its failed sign-ins.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	@Embedded
	private LoginFailures loginFailures;

	private Long authorId;

	private Instant createdAt;

	private Instant lastSignInAt;

	protected StaffUser() {
	}

	public StaffUser(String email, String displayName, String passwordHash, Role role, Long authorId,
			Instant createdAt) {
		this.email = normalise(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.loginFailures = LoginFailures.NONE;
		this.authorId = authorId;
		this.createdAt = createdAt;
	}

	public static String normalise(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	/** Counts a failed sign-in; true when this failure locked the account. */
	public boolean recordFailure(Instant now) {
		this.loginFailures = failures().afterFailure(now);
		return this.loginFailures.failedAttempts() == 0;
	}

	public void recordSignIn(Instant now) {
		this.loginFailures = LoginFailures.NONE;
		this.lastSignInAt = now;
	}

	public void unlock() {
		this.loginFailures = LoginFailures.NONE;
	}

	public LoginFailures failures() {
		return (this.loginFailures != null) ? this.loginFailures : LoginFailures.NONE;
	}

	public StaffPrincipal principal() {
		return new StaffPrincipal(this.id, this.email, this.displayName, this.role);
	}

	public UserView toView(Instant now, String authorName) {
		LoginFailures failures = failures();
		return new UserView(this.id, this.email, this.displayName, this.role, this.enabled,
				failures.isLockedAt(now) ? failures.lockedUntil() : null, this.authorId, authorName, this.createdAt,
				this.lastSignInAt);
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public void setProfile(String displayName, Long authorId) {
		this.displayName = displayName.strip();
		this.authorId = authorId;
	}

}
