package news.dateline.system;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The management port (health, readiness, metrics) listens where the site does: when
 * {@code server.address} is given and {@code management.server.address} is not, the
 * second takes the first's value, so {@code --server.address=127.0.0.1} keeps both off
 * other interfaces. Set {@code management.server.address} to have it listen elsewhere.
 * Registered in {@code META-INF/spring.factories}.
 */
class ManagementAddressEnvironment implements EnvironmentPostProcessor {

	static final String SERVER_ADDRESS = "server.address";

	static final String MANAGEMENT_ADDRESS = "management.server.address";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String server = environment.getProperty(SERVER_ADDRESS);
		if (StringUtils.hasText(server) && !StringUtils.hasText(environment.getProperty(MANAGEMENT_ADDRESS))) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("dateline-management-address", Map.of(MANAGEMENT_ADDRESS, server)));
		}
	}

}
