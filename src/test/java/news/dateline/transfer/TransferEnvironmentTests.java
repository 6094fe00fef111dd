package news.dateline.transfer;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class TransferEnvironmentTests {

	StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("command line", properties));
		new TransferEnvironment().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void runsAnImportOffTheSitesPortsAndWithoutDemoContent() {
		StandardEnvironment environment = environment(
				Map.of("dateline.import.wxr", "export.xml", "dateline.demo.enabled", "true", "server.port", "8080"));
		assertThat(environment.getProperty("server.port")).isEqualTo("0");
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		assertThat(environment.getProperty("management.server.port")).isEqualTo("-1");
		assertThat(environment.getProperty("dateline.demo.enabled")).isEqualTo("false");
	}

	@Test
	void runsAnExportOffTheSitesPorts() {
		assertThat(environment(Map.of("dateline.export.wxr", "out.xml")).getProperty("server.port")).isEqualTo("0");
	}

	@Test
	void leavesTheSiteAloneOtherwise() {
		assertThat(environment(Map.of("dateline.import.wxr", "")).getProperty("server.port")).isNull();
	}

}
