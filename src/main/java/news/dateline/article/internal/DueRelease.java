package news.dateline.article.internal;

import java.time.Instant;

/**
 * A scheduled or embargoed story whose release time has come.
 */
public record DueRelease(Long id, String slug, Instant releaseAt) {
}
