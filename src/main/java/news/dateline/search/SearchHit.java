package news.dateline.search;

import java.time.Instant;

/**
 * One search result: the story's headline (with matches marked), where it lives, when it was published,
 * its section, and a snippet of the text around the matched words.
 */
public record SearchHit(Long id, String url, Snippet headline, Instant publishedAt, String sectionName,
		Snippet snippet) {
}
