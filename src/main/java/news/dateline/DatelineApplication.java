package news.dateline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Dateline: a news site for readers, an admin for editors, and a moderated comment
 * thread.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatelineApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(DatelineApplication.class);
		if (java.util.Arrays.stream(args).anyMatch((arg) -> arg.startsWith("--dateline.search.rebuild"))) {
			// The command-line index rebuild needs no web server.
			application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
		}
		application.run(args);
	}

}
