package news.dateline.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's input as a browser posts it: a textarea's line ends arrive as CRLF and are
 * kept as LF, so saving a story unchanged through the form changes no line of it.
 */
class ArticleEditTests {

	private static ArticleEdit posted(String deck, String body) {
		return new ArticleEdit("Cumbre en Seúl", deck, "Seúl", "Corea del Sur", body, "mundo", "", List.of("ana"),
				List.of(), "", "", "", "", "", "", "", true, 7L);
	}

	@Test
	void keepsTheBrowsersLineEndsAsLineFeeds() {
		ArticleEdit edit = posted("Primera línea\r\nsegunda — «sí»", "Párrafo uno.\r\n\r\n서울 반응 🇰🇷.\rFin.");
		assertThat(edit.deck()).isEqualTo("Primera línea\nsegunda — «sí»");
		assertThat(edit.body()).isEqualTo("Párrafo uno.\n\n서울 반응 🇰🇷.\nFin.");
		assertThat(edit.sameAs(posted("Primera línea\nsegunda — «sí»", "Párrafo uno.\n\n서울 반응 🇰🇷.\nFin."))).isTrue();
	}

}
