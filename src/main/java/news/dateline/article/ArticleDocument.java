package news.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * What the search index holds of a published story: the text to search (body as plain
 * text), what to filter on, and what a hit shows. Whether it is live yet is decided at
 * query time from {@code publishedAt}, so a story scheduled for later stays out of
 * results until its time. {@code language} is the code of the story's edition ("en",
 * "es"), whose analysis its text gets.
 */
public record ArticleDocument(Long id, String slug, String headline, String deck, String bodyText, Instant publishedAt,
		Instant updatedAt, String sectionSlug, String sectionName, List<ArticleCard.Byline> bylines, List<String> tags,
		List<String> sources, String language) {

	public String url() {
		return ArticleView.urlOf(this.slug);
	}

}
