package news.dateline.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed, whatever the format: title, description, the page it mirrors and its own path
 * (both site paths), its newest items first, and the BCP 47 tag of its language ("es"),
 * or null for the site's.
 */
public record FeedContent(String title, String description, String pagePath, String feedPath, List<FeedItem> items,
		String language) {

	/** A feed in the site's language. */
	public FeedContent(String title, String description, String pagePath, String feedPath, List<FeedItem> items) {
		this(title, description, pagePath, feedPath, items, null);
	}

	/** The latest change among the items, or null for an empty feed. */
	public Instant updated() {
		return this.items.stream().map(FeedItem::updated).max(Instant::compareTo).orElse(null);
	}

	/**
	 * One entry of a feed. {@code contentHtml} is sanitised HTML; names and URLs are
	 * plain text.
	 */
	public record FeedItem(String path, String title, String summary, String contentHtml, Instant published,
			Instant updated, List<Person> authors, List<String> categories) {
	}

	/** An author credited on an item, with their page's path (or null). */
	public record Person(String name, String path) {
	}

}
