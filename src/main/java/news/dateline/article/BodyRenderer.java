package news.dateline.article;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an article's Markdown into the HTML the article page shows: rendered with
 * CommonMark, cleaned with an allow-list, and opened with the dateline. Runs once, when a
 * story is saved.
 */
@Component
public class BodyRenderer {

	private static final Pattern FIRST_PARAGRAPH = Pattern.compile("^<p>");

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().build();

	private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

	private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "pre", "code", "span", "cite")
			.allowAttributes("class")
			.matching(Pattern.compile("dateline|caption|credit"))
			.onElements("span")
			.allowAttributes("loading")
			.matching(Pattern.compile("lazy"))
			.onElements("img")
			.toFactory());

	/**
	 * The words of a Markdown body without markup, for the search index and descriptions.
	 */
	public String plainText(String markdown) {
		return this.textRenderer.render(this.parser.parse(markdown == null ? "" : markdown)).strip();
	}

	/**
	 * The sanitised HTML of a Markdown body, its first paragraph opened by the dateline
	 * label.
	 */
	public String render(String markdown, String datelineLabel) {
		String html = this.policy.sanitize(this.renderer.render(this.parser.parse(markdown == null ? "" : markdown)));
		if (datelineLabel == null) {
			return html;
		}
		String label = "<span class=\"dateline\">" + HtmlUtils.htmlEscape(datelineLabel, "UTF-8") + "</span> ";
		if (FIRST_PARAGRAPH.matcher(html).find()) {
			return "<p>" + label + html.substring(3);
		}
		return "<p>" + label.trim() + "</p>" + html;
	}

}
