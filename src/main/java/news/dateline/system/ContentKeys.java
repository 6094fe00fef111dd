package news.dateline.system;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The vocabulary of {@link ContentChanged} keys: what a cached page was built from, and
 * what a write changed. A page holds the keys of everything it shows; a write names the
 * keys of everything it touched; a cache evicts the pages holding any named key. Slugs
 * are percent-encoded, so every key is plain ASCII without spaces (fit for {@code xkey}
 * and {@code Surrogate-Key} headers).
 */
public final class ContentKeys {

	/** The front page's choice of stories. */
	public static final String HOME = "home";

	/** The list of every story, and the site feed. */
	public static final String LATEST = "latest";

	/** The section navigation every page shows. */
	public static final String NAV = "nav";

	/** Every Atom and RSS feed (they show stories in full, with bylines). */
	public static final String FEEDS = "feeds";

	/** Every sitemap. */
	public static final String SITEMAP = "sitemap";

	/** The search index and search results. */
	public static final String SEARCH = "search";

	/** The public corrections log and its feed. */
	public static final String CORRECTIONS = "corrections";

	private ContentKeys() {
	}

	/** The story's own page: text, comment thread, corrections. */
	public static String article(long id) {
		return "article:" + id;
	}

	/** Every page showing the story as a card or a link (lists, related, most read). */
	public static String card(long id) {
		return "card:" + id;
	}

	/** The story's comment count as cards show it. */
	public static String comments(long id) {
		return "comments:" + id;
	}

	/** Which stories a section's list (and feed) holds. */
	public static String section(String slug) {
		return list("section", slug);
	}

	/** Which stories an author's list (and feed) holds. */
	public static String author(String slug) {
		return list("author", slug);
	}

	/** Which stories a tag's list (and feed) holds. */
	public static String tag(String slug) {
		return list("tag", slug);
	}

	/** Which stories a source's list (and feed) holds. */
	public static String source(String slug) {
		return list("source", slug);
	}

	/**
	 * Which stories the list of a section, author, tag or source ({@code kind}) holds.
	 */
	public static String list(String kind, String slug) {
		return kind + ":" + encode(slug);
	}

	/**
	 * Every page showing the name of an author ({@code author}), tag or source: bylines,
	 * tag lists.
	 */
	public static String name(String kind, String slug) {
		return "name:" + kind + ":" + encode(slug);
	}

	/** Every page showing a media library image, by its public key. */
	public static String media(String key) {
		return "media:" + encode(key);
	}

	/**
	 * The numeric id of an {@link #article} or {@link #card} key, or null for any other
	 * key.
	 */
	public static Long storyId(String key) {
		int colon = key.indexOf(':');
		String kind = (colon < 0) ? key : key.substring(0, colon);
		if (!kind.equals("article") && !kind.equals("card")) {
			return null;
		}
		try {
			return Long.valueOf(key.substring(colon + 1));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The kind ({@code section}, {@code author}, {@code tag} or {@code source}) and slug
	 * of a {@link #name} key, or null for any other key.
	 */
	public static Named named(String key) {
		String[] parts = key.split(":", 3);
		if (parts.length != 3 || !parts[0].equals("name") || parts[1].isEmpty()) {
			return null;
		}
		try {
			return new Named(parts[1], URLDecoder.decode(parts[2], StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A {@link #name} key read back: the kind of what is named, and its slug. */
	public record Named(String kind, String slug) {
	}

	/**
	 * The keys joined by spaces, in as many strings of at most {@code maxLength}
	 * characters as needed.
	 */
	public static List<String> joined(Collection<String> keys, int maxLength) {
		List<String> rows = new ArrayList<>();
		StringBuilder row = new StringBuilder();
		for (String key : keys) {
			if (row.length() > 0 && row.length() + 1 + key.length() > maxLength) {
				rows.add(row.toString());
				row.setLength(0);
			}
			row.append((row.length() > 0) ? " " : "").append(key);
		}
		if (row.length() > 0) {
			rows.add(row.toString());
		}
		return rows;
	}

	private static String encode(String slug) {
		return URLEncoder.encode(slug, StandardCharsets.UTF_8);
	}

}
