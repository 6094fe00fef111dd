package news.dateline.search;

import java.time.Instant;

import news.dateline.article.CardImage;

/**
 * One search result: the story's headline (with matches marked), where it lives, when it
 * was published, its section, a snippet of the text around the matched words, and its
 * library image (null without).
 */
public record SearchHit(Long id, String url, Snippet headline, Instant publishedAt, String sectionName, Snippet snippet,
		CardImage image) {

	SearchHit withImage(CardImage image) {
		return new SearchHit(this.id, this.url, this.headline, this.publishedAt, this.sectionName, this.snippet, image);
	}

}
