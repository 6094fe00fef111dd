package news.dateline.article.internal;

import java.time.Instant;

/**
 * What list queries read of a story before bylines are attached.
 */
public record ArticleRow(Long id, String slug, String headline, String deck, Instant publishedAt, String sectionSlug,
		String sectionName, int commentCount) {
}
