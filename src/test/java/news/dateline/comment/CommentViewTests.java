package news.dateline.comment;

import java.time.Instant;
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

	@Test
	void namesItsAnchorsAndMarksHeldCommentsAndStaffReplies() {
		Instant at = Instant.parse("2026-06-20T10:30:00Z");
		CommentView reader = new CommentView(5L, null, 1, "Ana", null, at, List.of(), false, List.of());
		CommentView held = new CommentView(6L, null, 1, "Ben", null, at, List.of(), true, List.of());
		CommentView staff = new CommentView(7L, 5L, 2, "Desk", null, at, List.of(), false, List.of(), true);
		assertThat(reader.anchor()).isEqualTo("comment-5");
		assertThat(reader.authorAnchor()).isEqualTo("comment-5-author");
		assertThat(reader.permalink()).isEqualTo("#comment-5");
		assertThat(reader.createdIso()).isEqualTo("2026-06-20T10:30:00Z");
		assertThat(reader.modifier()).isNull();
		assertThat(held.modifier()).isEqualTo("comment--held");
		assertThat(staff.modifier()).isEqualTo("comment--staff");
	}

}
