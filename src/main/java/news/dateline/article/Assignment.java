package news.dateline.article;

import java.time.Instant;

/**
 * Who a story is assigned to, by whom and since when; with the story's headline and
 * status where a list shows it (the dashboard's "Assigned to me").
 */
public record Assignment(Long articleId, String headline, ArticleStatus status, Long assigneeId, String assigneeName,
		String assignedBy, Instant assignedAt) {

	public String editUrl() {
		return "/admin/articles/" + this.articleId + "/edit";
	}

}
