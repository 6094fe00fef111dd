package news.dateline.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the production code readable a screen at a time: no class (source file) in
 * {@code src/main/java} over {@value #MAX_CLASS} lines and no method or constructor over
 * {@value #MAX_METHOD}, counted from its declaration to its closing brace. A class or
 * method may be longer only when its own comment (a class's Javadoc, the comment just
 * above a method) says why, with the words {@value #EXCUSE}.
 */
class SourceLengthTests {

	static final int MAX_CLASS = 400;

	static final int MAX_METHOD = 60;

	static final String EXCUSE = "Longer than the house limit because";

	private static final Path MAIN = Path.of("src", "main", "java");

	private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w+");

	@Test
	void noClassIsLongerThanTheLimit() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : sources()) {
			String source = Files.readString(file, StandardCharsets.UTF_8);
			int lines = source.split("\n", -1).length - (source.endsWith("\n") ? 1 : 0);
			if (lines > MAX_CLASS && !classExcused(source)) {
				tooLong.add(MAIN.relativize(file) + ": " + lines + " lines");
			}
		}
		assertThat(tooLong).as("classes over %d lines", MAX_CLASS).isEmpty();
	}

	@Test
	void noMethodIsLongerThanTheLimitWithoutAReason() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : sources()) {
			String source = Files.readString(file, StandardCharsets.UTF_8);
			for (Block method : methods(blank(source))) {
				if (method.lines() > MAX_METHOD && !excused(source, method.start())) {
					tooLong.add(MAIN.relativize(file) + ":" + method.line() + " " + method.name() + ": "
							+ method.lines() + " lines");
				}
			}
		}
		assertThat(tooLong).as("methods over %d lines without a comment saying why", MAX_METHOD).isEmpty();
	}

	@Test
	void theCheckFindsALongMethodAndAcceptsAnExplainedOne() {
		String body = "\t\tcall();\n".repeat(MAX_METHOD);
		String plain = "class Sample {\n\n\tvoid longOne(String text) {\n" + body + "\t}\n\n}\n";
		List<Block> found = methods(blank(plain));
		assertThat(found).singleElement().satisfies((method) -> {
			assertThat(method.name()).isEqualTo("longOne");
			assertThat(method.lines()).isEqualTo(MAX_METHOD + 2);
			assertThat(excused(plain, method.start())).isFalse();
		});
		String explained = "class Sample {\n\n\t/** " + EXCUSE + " it says so. */\n\tvoid longOne() {\n" + body
				+ "\t}\n\n}\n";
		assertThat(excused(explained, methods(blank(explained)).get(0).start())).isTrue();
		String lambdas = "class Sample {\n\tRunnable field = () -> {\n" + body + "\t};\n\n}\n";
		assertThat(methods(blank(lambdas))).isEmpty();
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

	/**
	 * The source with comments, strings, text blocks and character literals replaced by
	 * spaces (line ends kept), so that only code's braces and words remain where they
	 * were.
	 */
	static String blank(String source) {
		StringBuilder out = new StringBuilder(source);
		int i = 0;
		while (i < source.length()) {
			int end = literalEnd(source, i);
			if (end > i) {
				for (int j = i; j < end; j++) {
					if (out.charAt(j) != '\n') {
						out.setCharAt(j, ' ');
					}
				}
				i = end;
			}
			else {
				i++;
			}
		}
		return out.toString();
	}

	/** Where the comment or literal starting at {@code i} ends, or {@code i} if none. */
	private static int literalEnd(String source, int i) {
		if (source.startsWith("//", i)) {
			int end = source.indexOf('\n', i);
			return (end < 0) ? source.length() : end;
		}
		if (source.startsWith("/*", i)) {
			return source.indexOf("*/", i + 2) + 2;
		}
		if (source.startsWith("\"\"\"", i)) {
			return source.indexOf("\"\"\"", i + 3) + 3;
		}
		char c = source.charAt(i);
		if (c == '"' || c == '\'') {
			int j = i + 1;
			while (source.charAt(j) != c) {
				j += (source.charAt(j) == '\\') ? 2 : 1;
			}
			return j + 1;
		}
		return i;
	}

	/**
	 * The methods and constructors: blocks opened right inside a type's body by a header
	 * with a parameter list (not a field's initializer, nor a nested type).
	 */
	static List<Block> methods(String code) {
		List<Block> methods = new ArrayList<>();
		Deque<Boolean> typeBodies = new ArrayDeque<>();
		Deque<Block> open = new ArrayDeque<>();
		int headerStart = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '{') {
				String header = code.substring(headerStart, i);
				boolean inType = !typeBodies.isEmpty() && typeBodies.peek();
				String declaration = withoutAnnotations(header);
				boolean type = TYPE.matcher(declaration).find();
				boolean method = inType && !type && declaration.contains("(") && !declaration.contains("=");
				typeBodies.push(type);
				open.push(method ? new Block(name(declaration), headerStart + leading(header), 0) : Block.NONE);
				headerStart = i + 1;
			}
			else if (c == '}') {
				typeBodies.pop();
				Block block = open.pop();
				if (block != Block.NONE) {
					methods.add(new Block(block.name(), block.start(), i));
				}
				headerStart = i + 1;
			}
			else if (c == ';') {
				headerStart = i + 1;
			}
		}
		return methods.stream().map((block) -> block.counted(code)).toList();
	}

	private static int leading(String header) {
		int i = 0;
		while (i < header.length() && Character.isWhitespace(header.charAt(i))) {
			i++;
		}
		return i;
	}

	/** The header without its annotations and their arguments. */
	private static String withoutAnnotations(String header) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < header.length()) {
			char c = header.charAt(i);
			if (c != '@' || header.startsWith("@interface", i)) {
				out.append(c);
				i++;
				continue;
			}
			i++;
			while (i < header.length()
					&& (Character.isJavaIdentifierPart(header.charAt(i)) || header.charAt(i) == '.')) {
				i++;
			}
			int after = i;
			while (after < header.length() && Character.isWhitespace(header.charAt(after))) {
				after++;
			}
			if (after < header.length() && header.charAt(after) == '(') {
				int depth = 0;
				i = after;
				do {
					depth += (header.charAt(i) == '(') ? 1 : (header.charAt(i) == ')') ? -1 : 0;
					i++;
				}
				while (depth > 0 && i < header.length());
			}
		}
		return out.toString();
	}

	private static String name(String header) {
		String before = header.substring(0, header.indexOf('(')).strip();
		return before.substring(before.lastIndexOf(' ') + 1);
	}

	/** Whether the class's Javadoc (before its declaration) gives the reason. */
	static boolean classExcused(String source) {
		java.util.regex.Matcher declaration = TYPE.matcher(blank(source));
		return declaration.find() && excused(source, source.lastIndexOf('\n', declaration.start()) + 1);
	}

	/** Whether the comment ending just above the declaration gives the reason. */
	static boolean excused(String source, int start) {
		String before = source.substring(0, start).stripTrailing();
		int annotations = before.length();
		while (true) {
			int lineStart = before.lastIndexOf('\n', annotations - 1) + 1;
			String line = before.substring(lineStart, annotations).strip();
			if (!line.startsWith("@")) {
				break;
			}
			annotations = Math.max(lineStart - 1, 0);
		}
		String above = before.substring(0, annotations).stripTrailing();
		int comment = above.endsWith("*/") ? above.lastIndexOf("/*") : above.lastIndexOf("//");
		return comment >= 0 && above.substring(comment).replaceAll("\\s*\\n\\s*\\*?\\s*", " ").contains(EXCUSE);
	}

	/**
	 * A method found in the code: its name, where its header starts and its brace ends.
	 */
	record Block(String name, int start, int end, int line, int lines) {

		static final Block NONE = new Block("", -1, -1, 0, 0);

		Block(String name, int start, int end) {
			this(name, start, end, 0, 0);
		}

		Block counted(String code) {
			int first = lineOf(code, this.start);
			return new Block(this.name, this.start, this.end, first, lineOf(code, this.end) - first + 1);
		}

		private static int lineOf(String code, int offset) {
			int line = 1;
			for (int i = 0; i < offset; i++) {
				if (code.charAt(i) == '\n') {
					line++;
				}
			}
			return line;
		}

	}

}
