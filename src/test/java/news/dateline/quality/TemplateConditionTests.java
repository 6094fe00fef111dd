package news.dateline.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps a condition off an element that a fragment replaces: Thymeleaf includes the
 * fragment before it reads {@code th:if} or {@code th:unless} on the same element, so the
 * condition is silently ignored and the fragment always shows. The condition belongs on a
 * {@code th:block} around the element.
 */
class TemplateConditionTests {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");

	private static final Pattern CONDITION = Pattern.compile("\\sth:(if|unless)=");

	private static final Pattern INCLUSION = Pattern.compile("\\sth:(replace|insert)=");

	@Test
	void noTemplatePutsAConditionBesideAFragmentInclusion() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).sorted().toList()) {
				problems.addAll(problems(TEMPLATES.relativize(file).toString(),
						Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckFindsAConditionOnAnyLineOfTheTag() {
		assertThat(problems("a.html", "<p>\n  <p th:if=\"${x}\"\n     th:replace=\"~{f :: g}\"></p>\n</p>\n"))
			.containsExactly("a.html:2 th:if or th:unless beside th:replace or th:insert");
		assertThat(problems("a.html", "<th:block th:if=\"${x}\"><p th:replace=\"~{f :: g}\"></p></th:block>\n"))
			.isEmpty();
	}

	static List<String> problems(String name, String text) {
		List<String> problems = new ArrayList<>();
		Matcher tag = TAG.matcher(text);
		while (tag.find()) {
			if (CONDITION.matcher(tag.group()).find() && INCLUSION.matcher(tag.group()).find()) {
				int line = (int) text.substring(0, tag.start()).chars().filter((c) -> c == '\n').count() + 1;
				problems.add(name + ":" + line + " th:if or th:unless beside th:replace or th:insert");
			}
		}
		return problems;
	}

}
