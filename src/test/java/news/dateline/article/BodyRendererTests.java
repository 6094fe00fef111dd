package news.dateline.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererTests {

	private final BodyRenderer renderer = new BodyRenderer();

	@Test
	void opensFirstParagraphWithTheDateline() {
		assertThat(this.renderer.render("South Korea on Thursday condemned.\n\nMore.", "SEOUL.-"))
			.startsWith("<p><span class=\"dateline\">SEOUL.-</span> South Korea on Thursday condemned.</p>")
			.contains("<p>More.</p>");
	}

	@Test
	void rendersMarkdownFormatting() {
		assertThat(this.renderer.render("## Aftermath\n\n*Calm* and **firm**, [link](https://example.org)", null))
			.contains("<h2>Aftermath</h2>")
			.contains("<em>Calm</em>")
			.contains("<strong>firm</strong>")
			.contains("href=\"https://example.org\"");
	}

	@Test
	void removesScriptsAndEventHandlers() {
		String html = this.renderer
			.render("Text <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))", null);
		assertThat(html).doesNotContain("<script").doesNotContain("onerror").doesNotContain("javascript:");
	}

	@Test
	void escapesTheDatelineLabel() {
		assertThat(this.renderer.render("Body", "<B>.-")).contains("&lt;B&gt;.-");
	}

}
