package news.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * A story brought in from another system (a WordPress or Dateline export): what it is made of, where
 * it stood and when, and the addresses it had there.
 *
 * @param publishedAt when it went or goes live; null for a story never published
 * @param oldSlugs earlier slugs here that keep answering with a redirect
 * @param legacyPaths paths it had on the other site, such as {@code /2024/06/20/some-slug}
 */
public record ImportedStory(ArticleDraft draft, ArticleStatus status, Instant publishedAt, Instant createdAt,
		Instant updatedAt, List<String> oldSlugs, List<String> legacyPaths) {
}
