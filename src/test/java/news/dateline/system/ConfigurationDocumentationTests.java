package news.dateline.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's configuration table and the settings Dateline has, as the build's
 * configuration metadata (written from the settings records, plus
 * {@code additional-spring-configuration-metadata.json} for the timers and commands)
 * lists them: every setting is documented, and every documented one exists.
 */
class ConfigurationDocumentationTests {

	private static final Pattern SETTING = Pattern.compile("`(dateline\\.[a-z0-9.-]+)`");

	private static Set<String> documented() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("\n## Configuration\n");
		int end = readme.indexOf("\n## ", start + 1);
		Set<String> settings = new TreeSet<>();
		for (String line : readme.substring(start, end).lines().toList()) {
			if (line.startsWith("| `dateline.")) {
				Matcher names = SETTING.matcher(line.substring(0, line.indexOf(" | ", 2)));
				while (names.find()) {
					settings.add(names.group(1));
				}
			}
		}
		return settings;
	}

	private static Set<String> inMetadata() throws IOException {
		Set<String> settings = new TreeSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (URL file : Collections.list(ConfigurationDocumentationTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = file.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					String name = property.path("name").asString();
					if (name.startsWith("dateline.")) {
						settings.add(name);
					}
				}
			}
		}
		return settings;
	}

	@Test
	void readmeListsEverySettingAndOnlySettingsThatExist() throws IOException {
		Set<String> metadata = inMetadata();
		assertThat(metadata).as("settings in the configuration metadata")
			.contains("dateline.site.base-url", "dateline.comments.flood-gap", "dateline.demo.enabled");
		assertThat(documented()).as("README's configuration table").isEqualTo(metadata);
	}

}
