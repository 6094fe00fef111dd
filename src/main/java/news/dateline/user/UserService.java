package news.dateline.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.author.AuthorService;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;
import news.dateline.user.internal.StaffUser;
import news.dateline.user.internal.StaffUserRepository;

/**
 * Manages staff accounts. Only Administrators list, create and change accounts; every
 * signed-in member may change their own password. The newsroom always keeps one enabled
 * Administrator. Every change is written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	/** The most accounts the users page lists. */
	static final int LIST_LIMIT = 500;

	private final StaffUserRepository users;

	private final PasswordEncoder encoder;

	private final CurrentActor currentActor;

	private final AuthorService authors;

	private final AuditLog audit;

	private final PasswordLinks passwordLinks;

	private final Clock clock;

	UserService(StaffUserRepository users, PasswordEncoder encoder, CurrentActor currentActor, AuthorService authors,
			AuditLog audit, PasswordLinks passwordLinks, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.currentActor = currentActor;
		this.authors = authors;
		this.audit = audit;
		this.passwordLinks = passwordLinks;
		this.clock = clock;
	}

	public List<UserView> list() {
		this.currentActor.require(Role.ADMINISTRATOR);
		List<StaffUser> found = this.users.findAllByOrderByDisplayNameAscIdAsc(Limit.of(LIST_LIMIT));
		Map<Long, String> bylines = this.authors
			.names(found.stream().map(StaffUser::getAuthorId).filter(Objects::nonNull).toList());
		Instant now = this.clock.instant();
		return found.stream().map((user) -> user.toView(now, bylines.get(user.getAuthorId()))).toList();
	}

	/**
	 * Enabled staff members by name, to assign stories to: for Editors and
	 * Administrators.
	 */
	public List<UserView> colleagues() {
		this.currentActor.require(Role.EDITOR);
		Instant now = this.clock.instant();
		return this.users.findByEnabledTrueOrderByDisplayNameAscIdAsc(Limit.of(LIST_LIMIT))
			.stream()
			.map((user) -> user.toView(now, null))
			.toList();
	}

	public UserView get(Long id) {
		this.currentActor.require(Role.ADMINISTRATOR);
		StaffUser user = this.users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
		String byline = (user.getAuthorId() != null)
				? this.authors.names(List.of(user.getAuthorId())).get(user.getAuthorId()) : null;
		return user.toView(this.clock.instant(), byline);
	}

	/**
	 * The id of the staff member with this email (an import links their comments), if
	 * there is one.
	 */
	public Optional<Long> idByEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return this.users.findIdByEmail(email.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The enabled members among these who may moderate comments (Editors and
	 * Administrators), for staff mail; the others are left out.
	 */
	public List<StaffContact> moderators(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.users.findAllById(ids)
			.stream()
			.filter((user) -> user.isEnabled() && user.getRole().isAtLeast(Role.EDITOR))
			.map((user) -> new StaffContact(user.getId(), user.getEmail(), user.getDisplayName()))
			.toList();
	}

	public boolean anyExist() {
		return this.users.count() > 0;
	}

	/**
	 * Creates an account. Without a first password the new member is invited instead: a
	 * mail with a link to choose their own.
	 */
	@Transactional
	public UserView create(NewStaffUser account) {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		boolean invite = account.password() == null || account.password().isEmpty();
		StaffUser user = insert(invite ? account.withPassword(unusablePassword()) : account);
		if (invite) {
			this.passwordLinks.invite(user);
		}
		this.audit.record(actor, invite ? "user.invite" : "user.create", "staff_user", user.getId(),
				user.getEmail() + " as " + user.getRole());
		return user.toView(this.clock.instant(), null);
	}

	/** A password nobody knows, for an invited member until they choose theirs. */
	private static String unusablePassword() {
		byte[] bytes = new byte[36];
		new java.security.SecureRandom().nextBytes(bytes);
		return java.util.Base64.getEncoder().encodeToString(bytes);
	}

	/**
	 * The first Administrator, made without anyone signed in; refused once any account
	 * exists.
	 */
	@Transactional
	UserView createFirstAdministrator(String email, String displayName, String password) {
		if (anyExist()) {
			throw new RuleViolationException("setup.error.done");
		}
		StaffUser user = insert(new NewStaffUser(email, displayName, Role.ADMINISTRATOR, password, null));
		this.audit.record(user.principal().actor(), "user.create", "staff_user", user.getId(),
				user.getEmail() + " as first " + Role.ADMINISTRATOR);
		return user.toView(this.clock.instant(), null);
	}

	private StaffUser insert(NewStaffUser account) {
		String email = StaffUser.normalise(account.email());
		if (this.users.existsByEmail(email)) {
			throw new FieldRejectedException("email", "user.error.email-taken");
		}
		PasswordPolicy.check("password", account.password());
		checkByline(account.authorId());
		return this.users.save(new StaffUser(email, account.displayName(), this.encoder.encode(account.password()),
				account.role(), account.authorId(), this.clock.instant()));
	}

	@Transactional
	public void changeRole(Long id, Role role) {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		StaffUser user = find(id);
		if (user.getRole() == role) {
			return;
		}
		if (role != Role.ADMINISTRATOR) {
			keepAnAdministrator(user);
		}
		Role before = user.getRole();
		user.setRole(role);
		this.audit.record(actor, "user.role", "staff_user", id, user.getEmail() + ": " + before + " to " + role);
	}

	@Transactional
	public void setEnabled(Long id, boolean enabled) {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		StaffUser user = find(id);
		if (user.isEnabled() == enabled) {
			return;
		}
		if (!enabled) {
			keepAnAdministrator(user);
		}
		user.setEnabled(enabled);
		this.audit.record(actor, enabled ? "user.enable" : "user.disable", "staff_user", id, user.getEmail());
	}

	@Transactional
	public void unlock(Long id) {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		StaffUser user = find(id);
		user.unlock();
		this.audit.record(actor, "user.unlock", "staff_user", id, user.getEmail());
	}

	@Transactional
	public void updateProfile(Long id, String displayName, Long authorId) {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		StaffUser user = find(id);
		checkByline(authorId);
		user.setProfile(displayName, authorId);
		this.audit.record(actor, "user.update", "staff_user", id, user.getEmail());
	}

	/** Sets a new password for someone else, such as a member who forgot theirs. */
	@Transactional
	public void resetPassword(Long id, String password) {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		StaffUser user = find(id);
		PasswordPolicy.check("password", password);
		user.setPasswordHash(this.encoder.encode(password));
		user.unlock();
		this.audit.record(actor, "user.password-reset", "staff_user", id, user.getEmail());
	}

	/**
	 * The signed-in member changes their own password, proving they know the current one.
	 */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		Actor actor = this.currentActor.require();
		StaffUser user = (actor.userId() != null) ? this.users.findForUpdate(actor.userId()).orElse(null) : null;
		if (user == null) {
			throw new org.springframework.security.access.AccessDeniedException("no staff account");
		}
		if (currentPassword == null || !PasswordPolicy.fits(currentPassword)
				|| !this.encoder.matches(currentPassword, user.getPasswordHash())) {
			throw new FieldRejectedException("currentPassword", "password.error.current");
		}
		PasswordPolicy.check("newPassword", newPassword);
		user.setPasswordHash(this.encoder.encode(newPassword));
		this.audit.record(actor, "user.password", "staff_user", user.getId(), user.getEmail());
	}

	private void keepAnAdministrator(StaffUser user) {
		if (user.getRole() == Role.ADMINISTRATOR && user.isEnabled()
				&& this.users.countByRoleAndEnabledTrue(Role.ADMINISTRATOR) <= 1) {
			throw new RuleViolationException("user.error.last-administrator");
		}
	}

	private void checkByline(Long authorId) {
		if (authorId != null && this.authors.names(List.of(authorId)).isEmpty()) {
			throw new FieldRejectedException("authorId", "user.error.author-unknown");
		}
	}

	/** The account, its row locked for the change. */
	private StaffUser find(Long id) {
		return this.users.findForUpdate(id).orElseThrow(() -> new UserNotFoundException(id));
	}

}
