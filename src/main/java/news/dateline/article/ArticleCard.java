package news.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * A story as lists show it (home, section, author, tag and source pages, related
 * stories): never the body. The image is the featured library image, or null for a text
 * card.
 */
public record ArticleCard(Long id, String slug, String headline, String deck, Instant publishedAt, String sectionSlug,
		String sectionName, List<Byline> bylines, int commentCount, CardImage image) {

	public String url() {
		return ArticleView.urlOf(this.slug);
	}

	public String sectionUrl() {
		return (this.sectionSlug == null) ? null : "/sections/" + this.sectionSlug;
	}

	/** A name credited on a story, linking to the author page. */
	public record Byline(String slug, String name) {

		public String url() {
			return "/authors/" + this.slug;
		}

	}

}
