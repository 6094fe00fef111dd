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

/**
 * Marks the words a reader searched for in the stories found: the whole headline and
 * deck, and the sentence or two of the body where the words match best (the body's
 * opening when they match elsewhere). Reads where the words are from the index, so a
 * story's text is not analysed again for every search; an index written without offsets
 * is analysed as before.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

	static final String[] FIELDS = { SearchIndex.HEADLINE, SearchIndex.DECK, SearchIndex.BODY };

	private static final int[] ONE_PASSAGE_EACH = { 1, 1, 1 };

	private static final int BODY_PASSAGE_LENGTH = 180;

	SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
		super(UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter())
			.withMaxNoHighlightPassages(1)
			.withMaxLength(100_000));
	}

	@Override
	protected BreakIterator getBreakIterator(String field) {
		if (SearchIndex.BODY.equals(field)) {
			return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ENGLISH),
					BODY_PASSAGE_LENGTH, 0.5f);
		}
		return new WholeBreakIterator();
	}

	/**
	 * The snippets of these documents, by field ({@link #FIELDS}), each array in the
	 * order of the documents given; a {@link Snippet}, or null for an empty field.
	 */
	Map<String, Object[]> snippets(Query words, int[] docIds) throws IOException {
		return highlightFieldsAsObjects(FIELDS, words, docIds, ONE_PASSAGE_EACH);
	}

}
