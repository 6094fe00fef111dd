package news.dateline.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * At start-up, makes sure the newsroom can get in: creates the first Administrator from
 * the environment, or prints the one-time setup link in the log.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final FirstRunSetup setup;

	private final AdminProperties environment;

	FirstAdministrator(FirstRunSetup setup, AdminProperties environment) {
		this.setup = setup;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		FirstRunSetup.Outcome outcome;
		try {
			outcome = this.setup.prepare(this.environment);
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another node created the first Administrator at the same moment");
			return;
		}
		if (outcome instanceof FirstRunSetup.Outcome.CreatedFromEnvironment created) {
			log.info("Created the first Administrator, {}, from DATELINE_ADMIN_EMAIL and DATELINE_ADMIN_PASSWORD",
					created.email());
		}
		else if (outcome instanceof FirstRunSetup.Outcome.SetupLink link) {
			if (link.refusedEnvironment() != null) {
				log.error("DATELINE_ADMIN_PASSWORD was not used ({}): a password needs {} to {} characters",
						link.refusedEnvironment(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES);
			}
			log.warn("No staff account exists yet. Create the first Administrator here (one-time link): {}",
					link.url());
		}
	}

}
