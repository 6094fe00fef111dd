package news.dateline.comment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentParagraphsTests {

	private final CommentParagraphs paragraphs = new CommentParagraphs();

	@Test
	void splitsEachCommentOnceAndSharesTheSplit() {
		List<List<CommentView.Piece>> first = this.paragraphs.of(7L, "One.\n\nSee https://example.org/a");
		List<List<CommentView.Piece>> again = this.paragraphs.of(7L, "One.\n\nSee https://example.org/a");
		assertThat(again).isSameAs(first);
		assertThat(first).isEqualTo(CommentView.paragraphs("One.\n\nSee https://example.org/a"));
	}

	@Test
	void splitsAnEditedCommentAgain() {
		this.paragraphs.of(7L, "Before the edit");
		assertThat(this.paragraphs.of(7L, "After\n\nthe edit")).extracting((paragraph) -> paragraph.get(0).text())
			.containsExactly("After", "the edit");
	}

	@Test
	void sharedSplitsCannotBeChangedByAPage() {
		List<List<CommentView.Piece>> split = this.paragraphs.of(7L, "Text");
		assertThatThrownBy(() -> split.get(0).add(new CommentView.Piece("x", null)))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> split.clear()).isInstanceOf(UnsupportedOperationException.class);
	}

}
