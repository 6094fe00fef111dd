package news.dateline.article;

import java.time.Instant;

/**
 * A public page and when what it shows last changed, for sitemaps.
 */
public record PageLink(String path, Instant lastModified) {
}
