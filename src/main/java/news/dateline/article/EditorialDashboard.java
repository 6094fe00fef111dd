package news.dateline.article;

import java.util.List;

/**
 * The editorial blocks of the admin dashboard: the actor's drafts, the review queue,
 * stories scheduled or under embargo with their release times (soonest first), and the
 * latest published.
 */
public record EditorialDashboard(List<ArticleSummary> myDrafts, List<ArticleSummary> reviewQueue,
		List<ArticleSummary> upcoming, List<ArticleSummary> recentlyPublished) {
}
