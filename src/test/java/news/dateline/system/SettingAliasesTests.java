package news.dateline.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SettingAliasesTests {

	private static StandardEnvironment withVariables(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment() {

			@Override
			public Map<String, Object> getSystemEnvironment() {
				return variables;
			}

		};
		String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		environment.getPropertySources().replace(name, new MapPropertySource(name, variables));
		new SettingAliases().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void documentedShortVariablesSetTheirSettings() {
		StandardEnvironment environment = withVariables(
				Map.of("DATELINE_BASE_URL", "https://news.example", "DATELINE_DEMO", "false"));
		assertThat(environment.getProperty("dateline.site.base-url")).isEqualTo("https://news.example");
		assertThat(environment.getProperty("dateline.demo.enabled")).isEqualTo("false");
	}

	@Test
	void anUnsetVariableLeavesTheSettingToItsDefault() {
		assertThat(withVariables(Map.of()).getProperty("dateline.site.base-url")).isNull();
	}

	@Test
	void anArgumentStillWinsOverTheVariable() {
		StandardEnvironment environment = withVariables(Map.of("DATELINE_TIME_ZONE", "Europe/Madrid"));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("arguments", Map.of("dateline.site.time-zone", "Asia/Seoul")));
		assertThat(environment.getProperty("dateline.site.time-zone")).isEqualTo("Asia/Seoul");
	}

}
