package news.dateline.article;

import java.util.List;

/**
 * What changed between two revisions of a story, word by word, in headline, deck,
 * dateline and body.
 */
public record RevisionDiff(Long articleId, RevisionSummary from, RevisionSummary to, List<DiffSegment> headline,
		List<DiffSegment> deck, List<DiffSegment> dateline, List<DiffSegment> body) {
}
