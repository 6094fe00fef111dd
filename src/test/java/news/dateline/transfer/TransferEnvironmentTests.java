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
	void runsAnImportWithoutAWebServerOrDemoContent() {
		StandardEnvironment environment = environment(Map.of("dateline.import.wxr", "export.xml",
				"dateline.demo.enabled", "true"));
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("dateline.demo.enabled")).isEqualTo("false");
	}

	@Test
	void runsAnExportWithoutAWebServer() {
		assertThat(environment(Map.of("dateline.export.wxr", "out.xml")).getProperty("spring.main.web-application-type"))
			.isEqualTo("none");
	}

	@Test
	void leavesTheSiteAloneOtherwise() {
		assertThat(environment(Map.of("dateline.import.wxr", "")).getProperty("spring.main.web-application-type"))
			.isNull();
	}

}
