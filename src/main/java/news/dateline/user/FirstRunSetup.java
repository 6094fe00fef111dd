package news.dateline.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.system.NotFoundException;
import news.dateline.system.SiteProperties;
import news.dateline.system.SiteSettings;
import news.dateline.user.internal.StaffUser;

/**
 * How the first Administrator comes to be, with no default password anywhere: from the
 * environment while no account exists, or else through a setup page whose one-time link
 * is made at start-up, kept in the site settings (so every node accepts it) and printed
 * in the log. Creating the first Administrator uses the link up; the page then answers
 * 404.
 */
@Service
@Transactional(readOnly = true)
public class FirstRunSetup {

	static final String TOKEN = "admin-setup-token";

	static final String PATH = "/admin/setup/";

	private final UserService users;

	private final SiteSettings settings;

	private final SiteProperties site;

	FirstRunSetup(UserService users, SiteSettings settings, SiteProperties site) {
		this.users = users;
		this.settings = settings;
		this.site = site;
	}

	/** What start-up did about the first Administrator. */
	public sealed interface Outcome {

		/** Accounts exist already: nothing to do. */
		record AlreadySetUp() implements Outcome {
		}

		/** The first Administrator was made from the environment. */
		record CreatedFromEnvironment(String email) implements Outcome {
		}

		/**
		 * No account yet: the first Administrator is made at this link.
		 *
		 * @param refusedEnvironment the message key of why the environment's account was
		 * not made, or null
		 */
		record SetupLink(String url, String refusedEnvironment) implements Outcome {
		}

	}

	/**
	 * At start-up: makes the first Administrator from the given email and password, or
	 * opens the setup link.
	 */
	@Transactional
	public Outcome prepare(AdminProperties environment) {
		if (this.users.anyExist()) {
			this.settings.remove(TOKEN);
			return new Outcome.AlreadySetUp();
		}
		String refused = null;
		if (environment.isGiven()) {
			try {
				this.users.createFirstAdministrator(environment.email(), environment.name(), environment.password());
				return new Outcome.CreatedFromEnvironment(StaffUser.normalise(environment.email()));
			}
			catch (news.dateline.system.FieldRejectedException ex) {
				refused = ex.messageKey();
			}
		}
		return new Outcome.SetupLink(this.site.absolute(PATH + token()), refused);
	}

	private String token() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return this.settings.putIfAbsent(TOKEN, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** Whether the setup page is open at this token. */
	public boolean isOpen(String token) {
		return stored().filter((stored) -> same(stored, token)).isPresent() && !this.users.anyExist();
	}

	/**
	 * Makes the first Administrator through the setup page and uses the link up.
	 * @throws NotFoundException when the link is wrong or used up
	 */
	@Transactional
	public UserView complete(String token, String email, String displayName, String password) {
		String stored = stored().filter((value) -> same(value, token))
			.orElseThrow(() -> new NotFoundException("setup link"));
		if (this.users.anyExist() || !this.settings.removeIf(TOKEN, stored)) {
			throw new NotFoundException("setup link");
		}
		return this.users.createFirstAdministrator(email, displayName, password);
	}

	private Optional<String> stored() {
		return this.settings.get(TOKEN);
	}

	private static boolean same(String stored, String given) {
		return given != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

}
