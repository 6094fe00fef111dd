package news.dateline.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passages into a {@link Snippet}: the passage text cut at
 * the match offsets, passages joined by an ellipsis. Produces no markup at all.
 */
final class SnippetFormatter extends PassageFormatter {

	static final String ELLIPSIS = " … ";

	@Override
	public Object format(Passage[] passages, String content) {
		List<Snippet.Piece> pieces = new ArrayList<>();
		for (int i = 0; i < passages.length; i++) {
			Passage passage = passages[i];
			if (i > 0) {
				pieces.add(new Snippet.Piece(ELLIPSIS, false));
			}
			int position = passage.getStartOffset();
			for (int m = 0; m < passage.getNumMatches(); m++) {
				int start = Math.max(passage.getMatchStarts()[m], position);
				int end = passage.getMatchEnds()[m];
				if (end <= start) {
					continue;
				}
				if (start > position) {
					pieces.add(new Snippet.Piece(content.substring(position, start), false));
				}
				pieces.add(new Snippet.Piece(content.substring(start, end), true));
				position = end;
			}
			if (position < passage.getEndOffset()) {
				pieces.add(new Snippet.Piece(content.substring(position, passage.getEndOffset()), false));
			}
		}
		return new Snippet(List.copyOf(pieces));
	}

}
