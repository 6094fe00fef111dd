package news.dateline.transfer;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started to import or export ({@code dateline.import.wxr} or
 * {@code dateline.export.wxr} set), it must not take the live site's ports: its web
 * server listens on a free port of the loopback address only, its management endpoints
 * not at all, and it loads no demo content. (It keeps a web context, so the web and
 * security configuration stays as it is.) Registered in
 * {@code META-INF/spring.factories}.
 */
class TransferEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (isSet(environment, TransferCommandLine.IMPORT_PROPERTY)
				|| isSet(environment, TransferCommandLine.EXPORT_PROPERTY)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("dateline-transfer", Map.of("server.port", "0", "server.address",
						"127.0.0.1", "management.server.port", "-1", "dateline.demo.enabled", "false")));
		}
	}

	private static boolean isSet(ConfigurableEnvironment environment, String property) {
		String value = environment.getProperty(property);
		return value != null && !value.isBlank();
	}

}
