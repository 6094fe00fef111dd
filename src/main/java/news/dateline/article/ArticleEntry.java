package news.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * A live story with its full (sanitised) body, as feeds carry it.
 */
public record ArticleEntry(Long id, String slug, String headline, String deck, String bodyHtml, Instant publishedAt,
		Instant updatedAt, String sectionName, List<ArticleCard.Byline> bylines, List<String> tags) {

	public String url() {
		return ArticleView.urlOf(this.slug);
	}

}
