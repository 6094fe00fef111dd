package news.dateline.system;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementAddressEnvironmentTests {

	private final ManagementAddressEnvironment processor = new ManagementAddressEnvironment();

	private String managementAddress(MockEnvironment environment) {
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty("management.server.address");
	}

	@Test
	void managementPortFollowsTheServerAddress() {
		assertThat(managementAddress(new MockEnvironment().withProperty("server.address", "127.0.0.1")))
			.isEqualTo("127.0.0.1");
	}

	@Test
	void anAddressOfItsOwnWins() {
		assertThat(managementAddress(new MockEnvironment().withProperty("server.address", "127.0.0.1")
			.withProperty("management.server.address", "10.0.0.5"))).isEqualTo("10.0.0.5");
	}

	@Test
	void withoutAServerAddressBothListenOnEveryInterfaceAsBefore() {
		assertThat(managementAddress(new MockEnvironment())).isNull();
	}

	@Test
	void isRegisteredWithSpringBoot() throws IOException {
		List<String> processors = new ArrayList<>();
		for (URL factories : Collections
			.list(getClass().getClassLoader().getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION))) {
			String names = PropertiesLoaderUtils.loadProperties(new UrlResource(factories))
				.getProperty(EnvironmentPostProcessor.class.getName());
			if (names != null) {
				processors.addAll(List.of(names.split(",")));
			}
		}
		assertThat(processors).contains(ManagementAddressEnvironment.class.getName());
	}

}
