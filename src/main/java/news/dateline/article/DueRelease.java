package news.dateline.article;

import java.time.Instant;

/**
 * A scheduled or embargoed story whose release time has come.
 */
record DueRelease(Long id, String slug, Instant releaseAt) {
}
