package news.dateline.article;

import java.time.Instant;
import java.util.Map;

/**
 * A live story of one edition as its sitemap lists it: its slug, its last change, and the
 * slugs of the live stories of its translation group by language (itself included), empty
 * when it has no live translation.
 *
 * @param slug the story's slug
 * @param lastModified its last change
 * @param translations slug by language code, the story's own included, or empty
 */
public record EditionLink(String slug, Instant lastModified, Map<String, String> translations) {

}
