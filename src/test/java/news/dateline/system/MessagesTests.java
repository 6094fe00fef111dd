package news.dateline.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All visible text comes from messages.properties: every message key a template names
 * exists, and every translation (messages_xx.properties) has exactly the keys of the
 * default file.
 */
class MessagesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.\\-]*)[}(]");

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = load(MESSAGES.resolve("messages.properties")).stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + template.getFileName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyTranslationHasExactlyTheDefaultKeys() throws IOException {
		Set<String> keys = load(MESSAGES.resolve("messages.properties")).stringPropertyNames();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path translation : files
				.filter((path) -> path.getFileName().toString().matches("messages_.+\\.properties"))
				.toList()) {
				Set<String> translated = load(translation).stringPropertyNames();
				assertThat(new TreeSet<>(translated)).as(translation.getFileName().toString())
					.containsExactlyElementsOf(new TreeSet<>(keys));
			}
		}
	}

}
