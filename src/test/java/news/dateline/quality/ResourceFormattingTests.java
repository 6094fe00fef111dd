package news.dateline.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the templates, styles, scripts, messages and migrations to {@code .editorconfig}
 * (spring-javaformat checks the Java): line feeds, a final newline, no trailing spaces
 * (but a plain-text mail's {@code "-- "} signature separator), and indentation by two
 * spaces, never tabs. In HTML, a line that opens a tag is indented by a multiple of two;
 * a continuation line (attributes aligned under the tag's first one) may sit anywhere. In
 * CSS and JavaScript every indentation is a multiple of two (but a block comment's
 * continuation lines, " * ").
 */
class ResourceFormattingTests {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	private static final Set<String> CHECKED = Set.of("html", "css", "js", "properties", "sql", "xml", "json", "txt");

	private static final Set<String> EVEN_EVERYWHERE = Set.of("css", "js");

	@Test
	void resourcesFollowTheEditorConfig() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : files()) {
			problems.addAll(
					problems(RESOURCES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckNamesEachKindOfProblem() {
		assertThat(problems("a.html", "<main>\r\n\t<p>x</p> \n   <p>y</p>")).containsExactly("a.html: CR line ends",
				"a.html:2 indented with a tab", "a.html:2 trailing whitespace", "a.html:3 a tag indented by 3 spaces",
				"a.html: no final newline");
		assertThat(problems("a.html", "<a href=\"/\"\n   th:text=\"#{x}\">x</a>\n")).isEmpty();
		assertThat(problems("a.css", ".a {\n   color: red;\n}\n")).containsExactly("a.css:2 indented by 3 spaces");
	}

	private static List<Path> files() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> CHECKED.contains(extension(file)))
				.sorted()
				.toList();
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	static List<String> problems(String name, String text) {
		List<String> problems = new ArrayList<>();
		if (text.indexOf('\r') >= 0) {
			problems.add(name + ": CR line ends");
		}
		String kind = name.substring(name.lastIndexOf('.') + 1);
		String[] lines = text.replace("\r", "").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String where = name + ":" + (i + 1);
			int indent = 0;
			while (indent < line.length() && line.charAt(indent) == ' ') {
				indent++;
			}
			if (indent < line.length() && line.charAt(indent) == '\t') {
				problems.add(where + " indented with a tab");
			}
			// "-- " is a plain-text mail's signature separator, its space included
			boolean signature = line.equals("-- ") && name.endsWith(".txt");
			if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1)) && !signature) {
				problems.add(where + " trailing whitespace");
			}
			boolean opensTag = line.startsWith("<", indent);
			if (indent % 2 == 1 && EVEN_EVERYWHERE.contains(kind) && !line.startsWith("*", indent)) {
				problems.add(where + " indented by " + indent + " spaces");
			}
			else if (indent % 2 == 1 && kind.equals("html") && opensTag) {
				problems.add(where + " a tag indented by " + indent + " spaces");
			}
		}
		if (!text.isEmpty() && !text.endsWith("\n")) {
			problems.add(name + ": no final newline");
		}
		return problems;
	}

}
