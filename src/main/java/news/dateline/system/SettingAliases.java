package news.dateline.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The short environment variables Dateline documents ({@code DATELINE_BASE_URL} and the
 * like) for settings whose full names would be long ({@code DATELINE_SITE_BASE_URL} works
 * too, as Spring Boot maps every variable). A variable that is set counts like the
 * setting itself; one that is not set leaves the setting's default, which lives in its
 * settings record alone. Registered in {@code META-INF/spring.factories}.
 */
class SettingAliases implements EnvironmentPostProcessor {

	/** Variable to setting. */
	static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("DATELINE_BASE_URL", "dateline.site.base-url"),
			Map.entry("DATELINE_TIME_ZONE", "dateline.site.time-zone"),
			Map.entry("DATELINE_DISCOURAGE_SEARCH_ENGINES", "dateline.site.discourage-search-engines"),
			Map.entry("DATELINE_DEMO", "dateline.demo.enabled"),
			Map.entry("DATELINE_ADMIN_EMAIL", "dateline.admin.email"),
			Map.entry("DATELINE_ADMIN_PASSWORD", "dateline.admin.password"),
			Map.entry("DATELINE_ADMIN_NAME", "dateline.admin.name"),
			Map.entry("DATELINE_HSTS", "dateline.security.hsts"),
			Map.entry("DATELINE_SEARCH_INDEX_DIR", "dateline.search.index-dir"),
			Map.entry("DATELINE_PAGE_CACHE", "dateline.cache.pages.enabled"),
			Map.entry("DATELINE_IMPORT_MAX_SIZE", "dateline.import.max-size"),
			Map.entry("DATELINE_MEDIA_DIR", "dateline.media.dir"),
			Map.entry("DATELINE_MEDIA_MAX_FILE_SIZE", "dateline.media.max-file-size"));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> settings = new LinkedHashMap<>();
		Map<String, Object> variables = environment.getSystemEnvironment();
		ALIASES.forEach((variable, setting) -> {
			Object value = variables.get(variable);
			if (value != null) {
				settings.put(setting, value);
			}
		});
		if (!settings.isEmpty()) {
			MapPropertySource aliases = new MapPropertySource("dateline-setting-aliases", settings);
			String variablesSource = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
			if (environment.getPropertySources().contains(variablesSource)) {
				// just after the environment variables: above application.properties,
				// below arguments
				environment.getPropertySources().addAfter(variablesSource, aliases);
			}
			else {
				environment.getPropertySources().addLast(aliases);
			}
		}
	}

}
