package news.dateline.article;

import org.junit.jupiter.api.Test;

import news.dateline.article.DiffSegment.Change;
import news.dateline.article.internal.WordDiff;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void marksChangedWordsNotWholeLines() {
		assertThat(
				WordDiff.between("The pact was signed on Tuesday.", "The pact was signed on Wednesday in Pyongyang."))
			.containsExactly(new DiffSegment(Change.UNCHANGED, "The pact was signed on "),
					new DiffSegment(Change.DELETED, "Tuesday"),
					new DiffSegment(Change.INSERTED, "Wednesday in Pyongyang"), new DiffSegment(Change.UNCHANGED, "."));
	}

	@Test
	void keepsApostrophesInsideWords() {
		assertThat(WordDiff.tokens("Seoul's leader didn't")).containsExactly("Seoul's", " ", "leader", " ", "didn't");
	}

	@Test
	void treatsMissingTextAsEmpty() {
		assertThat(WordDiff.between(null, "New deck")).containsExactly(new DiffSegment(Change.INSERTED, "New deck"));
		assertThat(WordDiff.between("Same", "Same")).containsExactly(new DiffSegment(Change.UNCHANGED, "Same"));
	}

}
