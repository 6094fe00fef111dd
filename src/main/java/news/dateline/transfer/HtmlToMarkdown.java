package news.dateline.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Turns a WordPress post body into Markdown: expands the {@code [caption]} shortcode into
 * a figure, adds the paragraphs WordPress would add on display (its "wpautop": text
 * separated by a blank line is a paragraph, a single line break is a {@code <br>
 * }), then converts the HTML with flexmark. Characters are kept as they are (dashes,
 * guillemets and curly quotes are not turned into ASCII), and figures (image, gallery,
 * table, pullquote) stay HTML, whole however deeply they nest. Scripts and unknown tags
 * are dropped here; the article renderer sanitises what is left when the story is stored.
 */
final class HtmlToMarkdown {

	private static final String BLOCK_TAGS = "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li"
			+ "|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside"
			+ "|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|script|video|audio|object";

	private static final Pattern BLOCK_OPEN = Pattern.compile("(<(?:" + BLOCK_TAGS + ")[\\s/>])",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BLOCK_CLOSE = Pattern.compile("(</(?:" + BLOCK_TAGS + ")>)", Pattern.CASE_INSENSITIVE);

	private static final Pattern STARTS_OR_ENDS_WITH_BLOCK = Pattern.compile(
			"^</?(?:" + BLOCK_TAGS + ")[\\s/>].*|.*</(?:" + BLOCK_TAGS + ")>$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern PRE = Pattern.compile("<pre[\\s>].*?</pre>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

	private static final Pattern CAPTION = Pattern.compile("\\[caption[^\\]]*\\](.*?)\\[/caption\\]",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern CAPTIONED_IMAGE = Pattern.compile(
			"^\\s*((?:<a\\s[^>]*>\\s*)?<img\\s[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/**
	 * Kept as HTML: CommonMark has no syntax for them, and the renderer's allow-list
	 * keeps them.
	 */
	private static final Pattern KEPT_AS_HTML = Pattern.compile("<(table|figure)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b.*?</\\1\\s*>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern KEPT_TOKEN = Pattern.compile("DATELINEKEPTHTML(\\d+)X");

	/**
	 * Text that would open a Markdown block (heading, list item) when it starts a
	 * paragraph or a line.
	 */
	private static final Pattern BLOCK_MARKER_AT_START = Pattern.compile(
			"(<(?:p|br|li|h[1-6]|blockquote|td|th|dd|dt)\\b[^>]*>\\s*)(#{1,6}|[-+*]|\\d{1,9}[.)])(?=\\s)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ESCAPE_TOKEN = Pattern.compile("DATELINEESCX(?:\\\\)?(#{1,6}|[-+*]|\\d{1,9}[.)])");

	private final FlexmarkHtmlConverter converter;

	HtmlToMarkdown() {
		MutableDataSet options = new MutableDataSet();
		options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
		options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
		options.set(FlexmarkHtmlConverter.EXT_INLINE_DEL, ExtensionConversion.HTML);
		options.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.HTML);
		options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML);
		options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML);
		options.set(FlexmarkHtmlConverter.EXT_MATH, ExtensionConversion.TEXT);
		// readers must see "—", "« »" and curly quotes as the writer typed them, not
		// "---" or "<<"
		options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
		options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
		this.converter = FlexmarkHtmlConverter.builder(options).build();
	}

	/** The Markdown of a WordPress post body. */
	String convert(String html) {
		return (html == null) ? "" : convert(html, html.contains("<!-- wp:"));
	}

	/**
	 * The Markdown of a post body.
	 * @param blockEditor whether the body was written in the block editor, whose content
	 * has its paragraphs already (WordPress skips wpautop for it too)
	 */
	String convert(String html, boolean blockEditor) {
		if (html == null || html.isBlank()) {
			return "";
		}
		String prepared = expandCaptions(html.replace("\r\n", "\n").replace('\r', '\n'));
		if (!blockEditor) {
			prepared = autop(prepared);
		}
		List<String> kept = new ArrayList<>();
		StringBuilder withTokens = keepHtmlBlocks(prepared, kept);
		// flexmark does not escape these, so "1999. A year" would become a list: mark
		// them, escape after
		String marked = BLOCK_MARKER_AT_START.matcher(withTokens).replaceAll("$1DATELINEESCX$2");
		String markdown = ESCAPE_TOKEN.matcher(this.converter.convert(marked).strip()).replaceAll((marker) -> {
			String text = marker.group(1);
			int last = text.length() - 1;
			return Matcher.quoteReplacement(Character.isDigit(text.charAt(0))
					? text.substring(0, last) + "\\" + text.charAt(last) : "\\" + text);
		});
		Matcher tokens = KEPT_TOKEN.matcher(markdown);
		StringBuilder restored = new StringBuilder();
		while (tokens.find()) {
			// an HTML block runs on to the next blank line: a quote or list right after
			// it needs one
			boolean lineFollows = markdown.startsWith("\n", tokens.end()) && !markdown.startsWith("\n\n", tokens.end());
			String block = kept.get(Integer.parseInt(tokens.group(1))) + (lineFollows ? "\n" : "");
			tokens.appendReplacement(restored, Matcher.quoteReplacement(block));
		}
		tokens.appendTail(restored);
		return restored.toString();
	}

	/**
	 * Tables and figures, each whole with whatever it holds (a gallery's figures nest),
	 * replaced by tokens that flexmark leaves alone; the blocks themselves go into
	 * {@code kept}.
	 */
	private static StringBuilder keepHtmlBlocks(String html, List<String> kept) {
		StringBuilder out = new StringBuilder();
		Matcher open = KEPT_AS_HTML.matcher(html);
		int from = 0;
		while (open.find(from)) {
			int end = closingEnd(html, open.group(1).toLowerCase(java.util.Locale.ROOT), open.start());
			if (end < 0) {
				break;
			}
			out.append(html, from, open.start())
				.append("\n\n<p>DATELINEKEPTHTML")
				.append(kept.size())
				.append("X</p>\n\n");
			// an HTML block ends at a blank line in CommonMark: keep the block in one
			// piece
			kept.add(BLANK_LINES.matcher(SCRIPT.matcher(html.substring(open.start(), end)).replaceAll(""))
				.replaceAll("\n"));
			from = end;
		}
		return out.append(html, from, html.length());
	}

	/**
	 * Where the element opened at {@code start} ends, counting nested elements of the
	 * same name; -1 if never.
	 */
	private static int closingEnd(String html, String name, int start) {
		Pattern tag = Pattern.compile("<(/?)" + name + "\\b[^>]*>", Pattern.CASE_INSENSITIVE);
		Matcher tags = tag.matcher(html);
		int depth = 0;
		int from = start;
		while (tags.find(from)) {
			depth += tags.group(1).isEmpty() ? 1 : -1;
			if (depth == 0) {
				return tags.end();
			}
			from = tags.end();
		}
		return -1;
	}

	/**
	 * {@code [caption ...]<img ...> Text[/caption]} becomes a figure with a figcaption.
	 */
	static String expandCaptions(String html) {
		Matcher captions = CAPTION.matcher(html);
		StringBuilder out = new StringBuilder();
		while (captions.find()) {
			captions.appendReplacement(out, Matcher.quoteReplacement(figure(captions.group(1), null)));
		}
		captions.appendTail(out);
		return out.toString();
	}

	/**
	 * What a {@code [caption]} shortcode shows: its image in a figure, the text after the
	 * image (or its {@code caption} attribute) as the figcaption.
	 */
	static String figure(String inner, String captionAttribute) {
		Matcher image = CAPTIONED_IMAGE.matcher(inner);
		if (!image.matches()) {
			return "\n\n" + inner + "\n\n";
		}
		String caption = (captionAttribute != null) ? captionAttribute : image.group(2).strip();
		return "\n\n<figure>" + image.group(1) + "<figcaption>" + caption + "</figcaption></figure>\n\n";
	}

	/**
	 * WordPress's paragraph rule: blank-line-separated runs of text that are not already
	 * block elements become paragraphs, and single line breaks inside them become
	 * {@code <br>
	 * }.
	 */
	static String autop(String html) {
		List<String> kept = new ArrayList<>();
		Matcher pre = PRE.matcher(html);
		StringBuilder protectedText = new StringBuilder();
		while (pre.find()) {
			pre.appendReplacement(protectedText, Matcher.quoteReplacement("\uE000" + kept.size() + "\uE001"));
			kept.add(pre.group());
		}
		pre.appendTail(protectedText);
		String text = BLOCK_OPEN.matcher(protectedText).replaceAll("\n\n$1");
		text = BLOCK_CLOSE.matcher(text).replaceAll("$1\n\n");
		StringBuilder out = new StringBuilder();
		for (String chunk : BLANK_LINES.split(text)) {
			String trimmed = chunk.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (STARTS_OR_ENDS_WITH_BLOCK.matcher(trimmed).matches() || PLACEHOLDER.matcher(trimmed).matches()) {
				out.append(trimmed);
			}
			else {
				out.append("<p>").append(trimmed.replaceAll("\\s*\\n\\s*", "<br />")).append("</p>");
			}
			out.append("\n\n");
		}
		Matcher placeholders = PLACEHOLDER.matcher(out);
		StringBuilder restored = new StringBuilder();
		while (placeholders.find()) {
			placeholders.appendReplacement(restored,
					Matcher.quoteReplacement(kept.get(Integer.parseInt(placeholders.group(1)))));
		}
		placeholders.appendTail(restored);
		return restored.toString();
	}

}
