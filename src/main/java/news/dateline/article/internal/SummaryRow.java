package news.dateline.article.internal;

import java.time.Instant;

import news.dateline.article.ArticleStatus;

/**
 * What admin list queries read of a story before bylines are attached.
 */
record SummaryRow(Long id, String slug, String headline, ArticleStatus status, String sectionName, Instant updatedAt,
		Instant publishedAt, Instant releaseAt, Long createdBy) {
}
