package news.dateline.web;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about itself in its head: description, Open Graph and Twitter card
 * values, its own feeds for autodiscovery, and JSON-LD blocks already escaped for a
 * script element.
 */
record PageMeta(String title, String description, String canonicalUrl, String type, String image, Instant publishedTime,
		Instant modifiedTime, String section, List<String> tags, List<FeedLink> feeds, List<String> jsonLd) {

	public String twitterCard() {
		return (this.image != null) ? "summary_large_image" : "summary";
	}

	/** A feed offered for a page: its title, URL and media type. */
	record FeedLink(String title, String url, String type) {

		static final String ATOM = "application/atom+xml";

		static final String RSS = "application/rss+xml";

	}

}
