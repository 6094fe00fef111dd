package news.dateline.comment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentViewTests {

	@Test
	void splitsBodyIntoParagraphsAndLinkPieces() {
		List<List<CommentView.Piece>> paragraphs = CommentView
			.paragraphs("See https://example.org/report.\n\nSecond <b>paragraph</b>");
		assertThat(paragraphs).hasSize(2);
		assertThat(paragraphs.get(0)).containsExactly(new CommentView.Piece("See ", null),
				new CommentView.Piece("https://example.org/report", "https://example.org/report"),
				new CommentView.Piece(".", null));
		assertThat(paragraphs.get(1)).containsExactly(new CommentView.Piece("Second <b>paragraph</b>", null));
	}

	@Test
	void neverMakesLinksOfOtherSchemes() {
		assertThat(CommentView.paragraphs("javascript:alert(1) data:text/html,x").get(0))
			.allSatisfy((piece) -> assertThat(piece.isLink()).isFalse());
	}

}
