package news.dateline.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import news.dateline.system.Edition;

/**
 * Marks the words a reader searched for in the stories found: the whole headline and
 * deck, and the sentence or two of the body where the words match best (the body's
 * opening when they match elsewhere). Reads where the words are from the index, so a
 * story's text is not analysed again for every search; an index written without offsets
 * is analysed as before. Works on one edition's fields, with its language's sentences.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

	private static final int[] ONE_PASSAGE_EACH = { 1, 1, 1 };

	private static final int BODY_PASSAGE_LENGTH = 180;

	/** Headline, deck and body in the edition's language. */
	private final String[] fields;

	private final Locale locale;

	SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Edition edition) {
		super(UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter())
			.withMaxNoHighlightPassages(1)
			.withMaxLength(100_000));
		this.fields = new String[] { SearchIndex.field(SearchIndex.HEADLINE, edition.code()),
				SearchIndex.field(SearchIndex.DECK, edition.code()),
				SearchIndex.field(SearchIndex.BODY, edition.code()) };
		this.locale = edition.locale();
	}

	@Override
	protected BreakIterator getBreakIterator(String field) {
		if (this.fields[2].equals(field)) {
			return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(this.locale),
					BODY_PASSAGE_LENGTH, 0.5f);
		}
		return new WholeBreakIterator();
	}

	/**
	 * The snippets of these documents: headline, deck and body, each array in the order
	 * of the documents given; a {@link Snippet}, or null for an empty field.
	 */
	Object[][] snippets(Query words, int[] docIds) throws IOException {
		Map<String, Object[]> byField = highlightFieldsAsObjects(this.fields, words, docIds, ONE_PASSAGE_EACH);
		return new Object[][] { byField.get(this.fields[0]), byField.get(this.fields[1]), byField.get(this.fields[2]) };
	}

}
