package news.dateline.article.internal;

import java.time.Instant;

/**
 * What list queries read of a story before bylines and its library image are attached.
 */
public record ArticleRow(Long id, String slug, String headline, String deck, Instant publishedAt, String sectionSlug,
		String sectionName, int commentCount, Long imageMediaId, String imageAlt) {
}
