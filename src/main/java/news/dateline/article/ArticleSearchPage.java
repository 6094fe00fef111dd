package news.dateline.article;

import java.util.List;
import java.util.Map;

/**
 * A page of the admin article list: the stories found, the search that found them, the
 * keyset links to the pages on either side (null where there is none), the number of
 * stories in each status (for the tabs), the filter choices, and each row's actions.
 */
public record ArticleSearchPage(List<Row> rows, ArticleSearch search, ArticleSearch previous, ArticleSearch next,
		Map<ArticleStatus, Long> counts, EditorOptions options) {

	public long count(ArticleStatus of) {
		return this.counts.getOrDefault(of, 0L);
	}

	public long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * A story in the list with what this staff member may do to it from there: its signed
	 * preview link (null once published: it can be viewed) and whether it can be
	 * unpublished.
	 */
	public record Row(ArticleSummary story, String previewUrl, boolean unpublishable) {

		public boolean live() {
			return this.story.status() == ArticleStatus.PUBLISHED;
		}

	}

}
