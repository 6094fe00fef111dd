package news.dateline.article;

import java.util.List;
import java.util.Map;

/**
 * A page of the admin article list, filtered by status (null for all), with the number of
 * stories in each status for the filter tabs.
 */
public record AdminArticleList(List<ArticleSummary> articles, ArticleStatus status, int page, boolean hasNext,
		Map<ArticleStatus, Long> counts) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public long count(ArticleStatus of) {
		return this.counts.getOrDefault(of, 0L);
	}

	public long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
