package news.dateline.transfer;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text of a WXR document into the channel's child elements (each item, author,
 * category ...) without parsing the document as a whole, so that one malformed item costs
 * only that item: a missing {@code </item>} ends at the next {@code <item>}, characters
 * XML forbids are dropped and counted, and an element larger than {@link #MAX_CHARS} is
 * passed over. CDATA sections, comments and quoted attribute values are respected. Also
 * collects the namespace declarations of the {@code <rss>} and {@code <channel>} tags,
 * which every piece needs to be parsed on its own.
 */
final class WxrChunker {

	/** The largest element kept: a post body of several megabytes fits easily. */
	static final int MAX_CHARS = 16 * 1024 * 1024;

	private static final Pattern XMLNS = Pattern.compile("xmlns(?::([\\w.\\-]+))?\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

	private static final String ITEM = "item";

	private final Reader in;

	private final int maxChars;

	private final Map<String, String> namespaces = new LinkedHashMap<>();

	private int line = 1;

	private long bytes;

	private int depth;

	private boolean eof;

	private StringBuilder current;

	private String currentName;

	private int currentLine;

	private int removed;

	private boolean tooLarge;

	private Chunk ready;

	WxrChunker(Reader in) {
		this(in, MAX_CHARS);
	}

	WxrChunker(Reader in, int maxChars) {
		this.in = in;
		this.maxChars = maxChars;
	}

	/**
	 * One channel child: its qualified name, the line it starts on, its text, and what
	 * went wrong.
	 */
	record Chunk(String name, int line, String text, int removedCharacters, Problem problem) {
	}

	/** Why a chunk cannot be trusted as it is. */
	enum Problem {

		NONE, UNTERMINATED, TOO_LARGE

	}

	/**
	 * The namespace declarations seen so far on the root and channel tags, by prefix (""
	 * for the default).
	 */
	Map<String, String> namespaces() {
		return this.namespaces;
	}

	/** The next channel child, or null at the end of the document. */
	Chunk next() throws IOException {
		while (this.ready == null && !this.eof) {
			step();
		}
		if (this.ready == null && this.current != null) {
			finish(Problem.UNTERMINATED);
		}
		Chunk next = this.ready;
		this.ready = null;
		return next;
	}

	private void step() throws IOException {
		int c = read();
		if (c == -1) {
			this.eof = true;
			return;
		}
		if (c != '<') {
			append((char) c);
			return;
		}
		int startLine = this.line;
		int c1 = read();
		if (c1 == -1) {
			this.eof = true;
			return;
		}
		if (c1 == '!') {
			markup(startLine);
		}
		else if (c1 == '?') {
			append("<?");
			copyUntil("?>");
		}
		else if (c1 == '/') {
			String tag = readTag("</");
			endTag(name(tag, 2), tag);
		}
		else {
			String tag = readTag("<" + (char) c1);
			startTag(name(tag, 1), tag, tag.endsWith("/>"), startLine);
		}
	}

	private void markup(int startLine) throws IOException {
		int c2 = read();
		if (c2 == '-') {
			read();
			append("<!--");
			copyUntil("-->");
		}
		else if (c2 == '[') {
			append("<![");
			copyUntil("]]>");
		}
		else if (c2 != -1) {
			append("<!");
			append((char) c2);
			copyUntil(">");
		}
	}

	private void startTag(String name, String tag, boolean selfClosing, int startLine) {
		if (this.current == null && this.depth < 2) {
			collectNamespaces(tag);
			this.depth += selfClosing ? 0 : 1;
			return;
		}
		if (this.current == null) {
			begin(name, tag, startLine);
			if (selfClosing) {
				finish(Problem.NONE);
			}
			else {
				this.depth = 3;
			}
			return;
		}
		if (ITEM.equals(name) && ITEM.equals(this.currentName)) {
			// the previous item never ended: report it and start this one
			finish(Problem.UNTERMINATED);
			begin(name, tag, startLine);
			this.depth = 3;
			return;
		}
		append(tag);
		this.depth += selfClosing ? 0 : 1;
	}

	private void endTag(String name, String tag) {
		if (this.current == null) {
			if (!ITEM.equals(name)) {
				this.depth = Math.max(0, this.depth - 1);
			}
			return;
		}
		boolean inItem = ITEM.equals(this.currentName);
		if (inItem && ("channel".equals(name) || "rss".equals(name))) {
			finish(Problem.UNTERMINATED);
			this.depth = ("channel".equals(name)) ? 1 : 0;
			return;
		}
		append(tag);
		if (inItem) {
			if (ITEM.equals(name)) {
				finish(Problem.NONE);
				this.depth = 2;
			}
			else {
				this.depth = Math.max(3, this.depth - 1);
			}
			return;
		}
		this.depth--;
		if (this.depth <= 2) {
			finish(Problem.NONE);
			this.depth = 2;
		}
	}

	private void begin(String name, String tag, int startLine) {
		this.current = new StringBuilder(256);
		this.currentName = name;
		this.currentLine = startLine;
		this.removed = 0;
		this.tooLarge = false;
		append(tag);
	}

	private void finish(Problem problem) {
		Problem found = this.tooLarge ? Problem.TOO_LARGE : problem;
		this.ready = new Chunk(this.currentName, this.currentLine, this.tooLarge ? "" : this.current.toString(),
				this.removed, found);
		this.current = null;
		this.currentName = null;
	}

	private void collectNamespaces(String tag) {
		Matcher declarations = XMLNS.matcher(tag);
		while (declarations.find()) {
			String prefix = (declarations.group(1) != null) ? declarations.group(1) : "";
			String uri = (declarations.group(2) != null) ? declarations.group(2) : declarations.group(3);
			this.namespaces.put(prefix, uri);
		}
	}

	private String readTag(String opening) throws IOException {
		StringBuilder tag = new StringBuilder(opening);
		char quote = 0;
		int c;
		while ((c = read()) != -1) {
			tag.append((char) c);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '"' || c == '\'') {
				quote = (char) c;
			}
			else if (c == '>') {
				break;
			}
			if (tag.length() > 65_536) {
				break;
			}
		}
		return tag.toString();
	}

	private static String name(String tag, int from) {
		int end = from;
		while (end < tag.length()) {
			char c = tag.charAt(end);
			if (Character.isWhitespace(c) || c == '/' || c == '>') {
				break;
			}
			end++;
		}
		return tag.substring(from, end);
	}

	private void copyUntil(String terminator) throws IOException {
		int matched = 0;
		int c;
		char last = terminator.charAt(terminator.length() - 1);
		while ((c = read()) != -1) {
			append((char) c);
			if (c == terminator.charAt(matched)) {
				matched++;
				if (matched == terminator.length()) {
					return;
				}
			}
			else {
				// the terminators here ("-->", "]]>", "?>", ">") restart on their first
				// character
				matched = (c == terminator.charAt(0)) ? 1 : 0;
				if (terminator.length() == 3 && matched == 1 && c == terminator.charAt(1) && c != last) {
					matched = 2;
				}
			}
		}
	}

	private void append(String text) {
		for (int i = 0; i < text.length(); i++) {
			append(text.charAt(i));
		}
	}

	private void append(char c) {
		if (this.current == null || this.tooLarge) {
			return;
		}
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
			this.removed++;
			return;
		}
		if (this.current.length() >= this.maxChars) {
			this.tooLarge = true;
			this.current = new StringBuilder();
			return;
		}
		this.current.append(c);
	}

	private int read() throws IOException {
		int c = this.in.read();
		if (c == '\n') {
			this.line++;
		}
		// the bytes this character took in UTF-8 (a surrogate pair's halves count two
		// each)
		this.bytes += (c < 0) ? 0 : (c < 0x80) ? 1 : (c < 0x800 || Character.isSurrogate((char) c)) ? 2 : 3;
		return c;
	}

	/**
	 * About how many bytes of the file the pieces so far were cut from (exact for UTF-8).
	 */
	long bytesConsumed() {
		return this.bytes;
	}

}
