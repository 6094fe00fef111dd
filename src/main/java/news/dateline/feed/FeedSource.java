package news.dateline.feed;

import news.dateline.system.Edition;

/**
 * One kind of feed, served at {@code /{kind}/{slug}/feed.atom} (and {@code .rss}), or at
 * {@code /{kind}/feed.atom} for a kind without slugs, such as the corrections log.
 * Register another kind by declaring a bean of this type; the site-wide feed is the kind
 * {@link #SITE}.
 */
public interface FeedSource {

	/** The kind of the site-wide feed at {@code /feed.atom}. */
	String SITE = "";

	/** The first path segment of the feed's URL, e.g. {@code sections}. */
	String kind();

	/**
	 * The feed for a slug ({@code null} for a kind without slugs).
	 * @throws news.dateline.system.NotFoundException when there is no such feed
	 */
	FeedContent feed(String slug);

	/**
	 * The feed for a slug as an edition serves it ({@code /es/sections/world/feed.atom}):
	 * kinds whose feeds are the same in every edition need not implement it.
	 */
	default FeedContent feed(String slug, Edition edition) {
		return feed(slug);
	}

}
