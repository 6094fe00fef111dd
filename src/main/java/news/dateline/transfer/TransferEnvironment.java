package news.dateline.transfer;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started to import or export ({@code dateline.import.wxr} or
 * {@code dateline.export.wxr} set), it runs without a web server, so it can run beside the live site,
 * and without loading the demo content. Registered in {@code META-INF/spring.factories}.
 */
class TransferEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (isSet(environment, TransferCommandLine.IMPORT_PROPERTY)
				|| isSet(environment, TransferCommandLine.EXPORT_PROPERTY)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("dateline-transfer",
						Map.of("spring.main.web-application-type", "none", "dateline.demo.enabled", "false")));
		}
	}

	private static boolean isSet(ConfigurableEnvironment environment, String property) {
		String value = environment.getProperty(property);
		return value != null && !value.isBlank();
	}

}
