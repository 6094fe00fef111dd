package news.dateline.article;

import java.util.List;

/**
 * A story's revisions, newest first, with the version a restore must start from.
 */
public record RevisionHistory(Long articleId, String headline, long version, List<RevisionSummary> revisions) {
}
