package news.dateline.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.mail.MailAddresses;
import news.dateline.mail.Mailroom;
import news.dateline.system.RuleViolationException;
import news.dateline.system.SiteProperties;
import news.dateline.user.internal.StaffUser;
import news.dateline.user.internal.StaffUserRepository;

/**
 * Passwords set by a link in a mail: "forgot your password" (a single-use link valid for
 * an hour, at most three an hour per account, and the same answer whether or not the
 * account exists) and the invitation a new member gets to choose their first password
 * (valid for a week).
 */
@Service
@Transactional(readOnly = true)
public class PasswordLinks {

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	static final Duration INVITE_VALIDITY = Duration.ofDays(7);

	/** Reset mails one account may be sent per hour. */
	static final int RESETS_PER_HOUR = 3;

	private final StaffUserRepository users;

	private final StaffTokens tokens;

	private final PasswordEncoder encoder;

	private final Mailroom mailroom;

	private final SiteProperties site;

	private final AuditLog audit;

	private final Clock clock;

	PasswordLinks(StaffUserRepository users, StaffTokens tokens, PasswordEncoder encoder, Mailroom mailroom,
			SiteProperties site, AuditLog audit, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.encoder = encoder;
		this.mailroom = mailroom;
		this.site = site;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Mails a reset link if the address belongs to an enabled account that has not had
	 * too many lately; says nothing either way, so the answer cannot tell who has an
	 * account.
	 */
	@Transactional
	public void requestReset(String email) {
		String address = MailAddresses.normalise(email).orElse(null);
		if (address == null) {
			return;
		}
		StaffUser user = this.users.findByEmail(address).filter(StaffUser::isEnabled).orElse(null);
		Instant now = this.clock.instant();
		if (user == null || this.tokens.issuedSince(user.getId(), now.minus(Duration.ofHours(1))) >= RESETS_PER_HOUR) {
			return;
		}
		String token = this.tokens.issue(user.getId(), StaffTokens.Purpose.RESET, now, RESET_VALIDITY);
		mail("password-reset", user, token);
	}

	/** Mails a new member the link to choose their first password. */
	@Transactional
	void invite(StaffUser user) {
		String token = this.tokens.issue(user.getId(), StaffTokens.Purpose.INVITE, this.clock.instant(),
				INVITE_VALIDITY);
		mail("staff-invitation", user, token);
	}

	private void mail(String template, StaffUser user, String token) {
		String link = this.site.absolute("/admin/password/reset?token=" + token);
		this.mailroom.send(template, user.getEmail(), Map.of("name", user.getDisplayName(), "link", link));
	}

	/** Whether the link's token can still set a password. */
	public boolean isUsable(String token) {
		return this.tokens.holder(token, this.clock.instant()).isPresent();
	}

	/**
	 * Sets the password of the account the token opens and spends the token; the
	 * account's sign-in lockout is lifted.
	 * @throws RuleViolationException when the link is unknown, spent or expired
	 */
	@Transactional
	public void setPassword(String token, String password) {
		Instant now = this.clock.instant();
		Long userId = this.tokens.holder(token, now)
			.orElseThrow(() -> new RuleViolationException("password-link.invalid"));
		PasswordPolicy.check("password", password);
		StaffUser user = this.users.findForUpdate(userId)
			.orElseThrow(() -> new RuleViolationException("password-link.invalid"));
		if (!this.tokens.spend(token, now)) {
			throw new RuleViolationException("password-link.invalid");
		}
		user.setPasswordHash(this.encoder.encode(password));
		user.unlock();
		this.audit.record(user.principal().actor(), "user.password-link", "staff_user", user.getId(), user.getEmail());
	}

}
