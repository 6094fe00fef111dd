package news.dateline.quality;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.MutableClock;
import news.dateline.support.ServerTest;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret in a log line: with Dateline's and the security packages' loggers at DEBUG, a
 * staff member's sign-ins (a wrong password, then the right one), password change and
 * admin session, and a reader's comment leave no password, session cookie or id, CSRF
 * token or commenter's email in the application's output.
 * {@code StructuredLogSecrecyTests} does the same with JSON logs.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class LogSecrecyTests {

	/** The loggers turned to DEBUG for the test. */
	static final List<String> LOGGERS = List.of("news.dateline", "org.springframework.security",
			"org.springframework.session", "org.springframework.web", "org.apache.catalina.authenticator");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void debug() {
		this.clock.reset();
		LOGGERS.forEach((logger) -> this.logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void quiet() {
		LOGGERS.forEach((logger) -> this.logging.setLogLevel(logger, null));
	}

	@Test
	void logsNoPasswordSessionIdCsrfTokenOrCommentersEmail(CapturedOutput output) throws Exception {
		SectionView section = this.data.section("World");
		String author = this.data.author("Tarun Kumar", "news");
		TestData.Story story = this.data.story("Harbour reopens", section, author, Duration.ofHours(1));
		UserView administrator = this.staff.account(Role.ADMINISTRATOR);
		SecretsJourney journey = new SecretsJourney("http://localhost:" + this.port);

		journey.staffMember(administrator.email(), TestStaff.PASSWORD);
		journey.commenter("/articles/" + story.slug(), () -> this.clock.advance(Duration.ofSeconds(10)));

		String logged = output.getAll();
		assertThat(logged).as("the security loggers wrote at DEBUG").contains("DEBUG").contains("/admin/login");
		assertThat(journey.secrets()).hasSizeGreaterThanOrEqualTo(7);
		assertThat(journey.linesWithSecrets(logged)).as("log lines holding a secret").isEmpty();
	}

}
