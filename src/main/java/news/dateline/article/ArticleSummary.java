package news.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * A story in the admin lists and dashboard blocks: never the body.
 */
public record ArticleSummary(Long id, String slug, String headline, ArticleStatus status, String sectionName,
		List<String> bylines, Instant updatedAt, Instant publishedAt, Instant releaseAt, Long createdBy) {

	public String url() {
		return ArticleView.urlOf(this.slug);
	}

	public String editUrl() {
		return "/admin/articles/" + this.id + "/edit";
	}

}
