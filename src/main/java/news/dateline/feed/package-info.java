/**
 * What the site publishes for machines: Atom and RSS feeds (one
 * {@link news.dateline.feed.FeedSource} per kind of feed), sitemaps and robots.txt. Only
 * live stories appear in any of them.
 */
package news.dateline.feed;
