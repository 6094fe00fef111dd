package news.dateline.system;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
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
		String processors = PropertiesLoaderUtils.loadAllProperties(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION)
			.getProperty(EnvironmentPostProcessor.class.getName());
		assertThat(processors).contains(ManagementAddressEnvironment.class.getName());
	}

}
