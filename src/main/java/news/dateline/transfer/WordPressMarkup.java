package news.dateline.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import news.dateline.media.LibraryImage;

/**
 * Turns what WordPress stores in a post body into the HTML it shows: the shortcodes
 * {@code [caption]}, {@code [gallery]}, {@code [embed]}, {@code [audio]} and
 * {@code [video]} and the embed block become HTML (an embed becomes a plain link card,
 * with no third-party frame), images of the old site point at the media library, and
 * other shortcodes are taken out (their enclosed text kept) and reported. A bracketed
 * word without attributes, such as {@code [sic]}, is text, not a shortcode.
 */
final class WordPressMarkup {

	/**
	 * What the markup needs from the import: the media it brought in, and where to
	 * report.
	 */
	interface Context {

		LibraryImage image(String attachmentId);

		List<LibraryImage> attachedImages();

		LibraryImage imageAt(String url);

		void unknownShortcode(String name);

		void missingMedia(String reference);

	}

	private static final Set<String> KNOWN = Set.of("caption", "wp_caption", "gallery", "embed", "audio", "video",
			"playlist");

	/**
	 * An enclosing shortcode with its closing tag, or a self-closing one (with attributes
	 * or a slash).
	 */
	private static final Pattern SHORTCODE = Pattern
		.compile("\\[([a-zA-Z][\\w-]*)((?:\\s+[^\\]]*)?)\\](?:(.*?)\\[/\\1\\])?", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");

	private static final Pattern EMBED_BLOCK = Pattern.compile(
			"<figure\\s[^>]*class=\"[^\"]*wp-block-embed[^\"]*\"[^>]*>\\s*<div[^>]*wp-block-embed__wrapper[^>]*>\\s*(\\S+?)\\s*</div>"
					+ "\\s*(?:<figcaption[^>]*>(.*?)</figcaption>)?\\s*</figure>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->\\n?");

	/**
	 * A quote's source, which the quote and pullquote blocks put straight in the
	 * blockquote.
	 */
	private static final Pattern QUOTE_CITE = Pattern.compile("(</p>|<blockquote[^>]*>)\\s*<cite>(.*?)</cite>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern IMAGE_URL = Pattern
		.compile("https?://[^\\s\"'<>()]+?\\.(?:jpe?g|png|gif|webp)(?=[\\s\"'<>,)?]|$)", Pattern.CASE_INSENSITIVE);

	private WordPressMarkup() {
	}

	/**
	 * The body as HTML, with shortcodes and embed blocks expanded and images pointed at
	 * the library.
	 */
	static String toHtml(String content, Context context) {
		if (content == null || content.isBlank()) {
			return "";
		}
		String html = content.replace("\r\n", "\n").replace('\r', '\n');
		html = embedBlocks(html);
		if (html.contains("<!-- wp:")) {
			// the block comments carry nothing a reader sees; keep a paragraph break
			// where they were
			html = BLOCK_COMMENT.matcher(html).replaceAll("\n");
		}
		// the source is a paragraph of its own, not the last line of the quote's
		html = QUOTE_CITE.matcher(html).replaceAll("$1<p><cite>$2</cite></p>");
		html = shortcodes(html, context);
		return libraryImages(html, context);
	}

	/**
	 * Whether the content was written in the block editor, which gives it its paragraphs
	 * already.
	 */
	static boolean isBlockContent(String content) {
		return content != null && content.contains("<!-- wp:");
	}

	private static String embedBlocks(String html) {
		return EMBED_BLOCK.matcher(html)
			.replaceAll((embed) -> Matcher
				.quoteReplacement(linkCard(HtmlUtils.htmlUnescape(embed.group(1)), embed.group(2))));
	}

	/**
	 * A link to an embedded page, with its caption: a plain card, no frame from the other
	 * site.
	 */
	static String linkCard(String url, String caption) {
		String escaped = HtmlUtils.htmlEscape(url.strip(), "UTF-8");
		String link = "<p><a href=\"" + escaped + "\">" + escaped + "</a></p>";
		return (caption == null || caption.isBlank()) ? "\n\n" + link + "\n\n"
				: "\n\n<figure>" + link + "<figcaption>" + caption.strip() + "</figcaption></figure>\n\n";
	}

	private static String shortcodes(String html, Context context) {
		Matcher codes = SHORTCODE.matcher(html);
		StringBuilder out = new StringBuilder();
		while (codes.find()) {
			String name = codes.group(1).toLowerCase(Locale.ROOT);
			String attributes = codes.group(2);
			String inner = codes.group(3);
			boolean shortcode = KNOWN.contains(name) || inner != null || attributes.contains("=")
					|| attributes.strip().equals("/");
			if (!shortcode) {
				codes.appendReplacement(out, Matcher.quoteReplacement(codes.group()));
				continue;
			}
			codes.appendReplacement(out,
					Matcher.quoteReplacement(expand(name, attributes(attributes), inner, context)));
		}
		codes.appendTail(out);
		return out.toString();
	}

	private static String expand(String name, Map<String, String> attributes, String inner, Context context) {
		return switch (name) {
			case "caption", "wp_caption" ->
				HtmlToMarkdown.figure((inner != null) ? inner : "", attributes.get("caption"));
			case "gallery" -> gallery(attributes, context);
			case "embed" ->
				(inner != null && !inner.isBlank()) ? linkCard(HtmlUtils.htmlUnescape(inner.strip()), null) : "";
			case "audio", "video" -> mediaLink(attributes, inner);
			default -> {
				context.unknownShortcode(name);
				yield (inner != null) ? shortcodes(inner, context) : "";
			}
		};
	}

	private static String gallery(Map<String, String> attributes, Context context) {
		List<LibraryImage> images = new ArrayList<>();
		String ids = attributes.getOrDefault("ids", attributes.get("include"));
		if (ids != null) {
			for (String id : ids.split("\\s*,\\s*")) {
				LibraryImage image = context.image(id.strip());
				if (image != null) {
					images.add(image);
				}
				else if (!id.isBlank()) {
					context.missingMedia(id.strip());
				}
			}
		}
		else {
			images.addAll(context.attachedImages());
		}
		StringBuilder figure = new StringBuilder("\n\n<figure>");
		for (LibraryImage image : images) {
			figure.append("<figure>").append(img(image));
			if (image.caption() != null && !image.caption().isBlank()) {
				figure.append("<figcaption>")
					.append(HtmlUtils.htmlEscape(image.caption(), "UTF-8"))
					.append("</figcaption>");
			}
			figure.append("</figure>");
		}
		return images.isEmpty() ? "" : figure.append("</figure>\n\n").toString();
	}

	static String img(LibraryImage image) {
		return "<img src=\"" + HtmlUtils.htmlEscape(image.url(), "UTF-8") + "\" alt=\""
				+ HtmlUtils.htmlEscape(image.alt(), "UTF-8") + "\" width=\"" + image.width() + "\" height=\""
				+ image.height() + "\" />";
	}

	/**
	 * {@code [audio]} and {@code [video]}: a link to the file, named by its file name.
	 */
	private static String mediaLink(Map<String, String> attributes, String inner) {
		String url = null;
		for (String key : List.of("src", "mp3", "m4a", "ogg", "wav", "wma", "mp4", "m4v", "webm", "ogv", "flv")) {
			if (url == null && attributes.get(key) != null) {
				url = attributes.get(key);
			}
		}
		if (url == null && inner != null && inner.strip().startsWith("http")) {
			url = inner.strip();
		}
		if (url == null) {
			return "";
		}
		String name = url.substring(url.lastIndexOf('/') + 1);
		return "\n\n<p><a href=\"" + HtmlUtils.htmlEscape(url, "UTF-8") + "\">"
				+ HtmlUtils.htmlEscape(WxrText.decode(name), "UTF-8") + "</a></p>\n\n";
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(text);
		while (matcher.find()) {
			String value = (matcher.group(2) != null) ? matcher.group(2)
					: (matcher.group(3) != null) ? matcher.group(3) : matcher.group(4);
			attributes.put(matcher.group(1).toLowerCase(Locale.ROOT), HtmlUtils.htmlUnescape(value));
		}
		return attributes;
	}

	/**
	 * Every URL of an image imported into the library, and of its size variants, points
	 * at the library.
	 */
	private static String libraryImages(String html, Context context) {
		return IMAGE_URL.matcher(html).replaceAll((url) -> {
			LibraryImage image = context.imageAt(url.group());
			return Matcher.quoteReplacement((image != null) ? image.url() : url.group());
		});
	}

}
