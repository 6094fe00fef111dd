package news.dateline.transfer;

import org.junit.jupiter.api.Test;

import news.dateline.article.BodyRenderer;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlToMarkdownTests {

	final HtmlToMarkdown converter = new HtmlToMarkdown();

	final BodyRenderer renderer = new BodyRenderer();

	String rendered(String wordPressHtml) {
		return this.renderer.render(this.converter.convert(wordPressHtml), null);
	}

	@Test
	void makesParagraphsAndLineBreaksOfPlainText() {
		assertThat(HtmlToMarkdown.autop("One.\n\nTwo,\nstill two.\n\n\n<h2>Head</h2>\nThree."))
			.isEqualTo("<p>One.</p>\n\n<p>Two,<br />still two.</p>\n\n<h2>Head</h2>\n\n<p>Three.</p>\n\n");
	}

	@Test
	void leavesPreformattedTextAsItIs() {
		assertThat(HtmlToMarkdown.autop("Code:\n\n<pre>line one\n\nline two</pre>\n\nAfter."))
			.isEqualTo("<p>Code:</p>\n\n<pre>line one\n\nline two</pre>\n\n<p>After.</p>\n\n");
	}

	@Test
	void keepsBlockEditorContentAsWritten() {
		assertThat(rendered("<!-- wp:paragraph -->\n<p>First.</p>\n<!-- /wp:paragraph -->\n\n"
				+ "<!-- wp:paragraph -->\n<p>Second.</p>\n<!-- /wp:paragraph -->"))
			.isEqualTo("<p>First.</p>\n<p>Second.</p>\n");
	}

	@Test
	void turnsCaptionShortcodesIntoFigures() {
		assertThat(HtmlToMarkdown
			.expandCaptions("[caption id=\"a\" width=\"300\"]<a href=\"/big.jpg\"><img src=\"/i.jpg\" alt=\"\" /></a>"
					+ " The caption[/caption]"))
			.isEqualTo(
					"\n\n<figure><a href=\"/big.jpg\"><img src=\"/i.jpg\" alt=\"\" /></a><figcaption>The caption</figcaption></figure>\n\n");
	}

	@Test
	void keepsListsQuotesHeadingsAndTablesReadable() {
		String html = rendered(
				"<h3>What changes</h3><ul><li>Earlier <em>first</em> ferry</li><li>Later last one</li></ul>"
						+ "<blockquote>It is about time.</blockquote><table><tr><th>Day</th></tr><tr><td>Monday</td></tr></table>"
						+ "<p>Old <del>price</del> and H<sub>2</sub>O</p>");
		assertThat(html).contains("<h3>What changes</h3>")
			.contains("<li>Earlier <em>first</em> ferry</li>")
			.contains("<blockquote>")
			.contains("<td>Monday</td>")
			.contains("<del>price</del>")
			.contains("H<sub>2</sub>O");
	}

	@Test
	void keepsParagraphsThatStartLikeAListOrAHeadingAsParagraphs() {
		assertThat(rendered("1999. A year to remember.\n\n- Said the mayor.\n\n# not a tag\n\n2) Second point\n\n"
				+ "<ol><li>Real item</li></ol>"))
			.isEqualTo("<p>1999. A year to remember.</p>\n<p>- Said the mayor.</p>\n<p># not a tag</p>\n"
					+ "<p>2) Second point</p>\n<ol><li>Real item</li></ol>\n");
	}

	@Test
	void dropsScriptsAndStylesEntirely() {
		String markdown = this.converter.convert("<p>Text<script>alert(1)</script><style>p{}</style></p>");
		assertThat(markdown).isEqualTo("Text");
	}

}
