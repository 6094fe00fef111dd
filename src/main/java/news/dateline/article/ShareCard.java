package news.dateline.article;

import java.time.Instant;

/**
 * What a live story's share picture shows, read without the rest of its page: its
 * headline, section name and featured image URL (the placeholder's once the image's
 * rights expired; null without an image).
 */
public record ShareCard(Long id, String slug, String headline, String sectionName, String imageUrl, Instant updatedAt) {

	/** The share card of a story's page. */
	public static ShareCard of(ArticleView article) {
		return new ShareCard(article.id(), article.slug(), article.headline(),
				(article.section() != null) ? article.section().name() : null,
				(article.image() != null) ? article.image().url() : null, article.updatedAt());
	}

}
