package news.dateline.article;

import java.time.Instant;

/**
 * A recently published live story, as the news sitemap lists it.
 */
public record NewsLink(String slug, String headline, Instant publishedAt) {

	public String url() {
		return ArticleView.urlOf(this.slug);
	}

}
