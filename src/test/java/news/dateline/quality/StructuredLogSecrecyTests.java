package news.dateline.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dateline.support.AppProcess;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret in a log line, with the JSON logs production uses ({@code logstash}
 * structured logging) and Dateline's and the security packages' loggers at DEBUG:
 * Dateline runs as a process of its own (structured logging is set when a JVM's logging
 * starts), the same journey as {@link LogSecrecyTests} goes through it over HTTP, and its
 * whole output is searched.
 */
class StructuredLogSecrecyTests {

	static final String SAMPLE = "/articles/military-agreement-between-russia-and-north-korea-triggers-global-alerts";

	@TempDir
	Path work;

	@Test
	void jsonLogsAtDebugHoldNoPasswordSessionIdCsrfTokenOrCommentersEmail() throws Exception {
		String email = TestData.unique("editor") + "@example.com";
		String password = "First-" + TestData.unique("password");
		Path log = this.work.resolve("app.log");
		try (AppProcess app = AppProcess.start(log, Duration.ofSeconds(120), SAMPLE,
				"--spring.datasource.url=jdbc:h2:mem:log-secrecy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--dateline.demo.enabled=true", "--dateline.admin.email=" + email,
				"--dateline.admin.password=" + password, "--dateline.comments.minimum-time-on-page=0s",
				"--dateline.search.index-dir=memory", "--logging.structured.format.console=logstash",
				"--logging.level.news.dateline=DEBUG", "--logging.level.org.springframework.security=DEBUG",
				"--logging.level.org.springframework.session=DEBUG", "--logging.level.org.springframework.web=DEBUG")) {
			AppProcess.awaitLog(log, "Created the first Administrator", Duration.ofSeconds(60));
			SecretsJourney journey = new SecretsJourney(app.url(""));
			journey.staffMember(email, password);
			journey.commenter(SAMPLE, () -> {
			});

			String logged = Files.readString(log);
			assertThat(logged).as("JSON log lines at DEBUG")
				.contains("{\"@timestamp\"")
				.contains("\"level\":\"DEBUG\"")
				.contains("/admin/login");
			assertThat(journey.secrets()).hasSizeGreaterThanOrEqualTo(7);
			assertThat(journey.linesWithSecrets(logged)).as("log lines holding a secret").isEmpty();
		}
	}

}
