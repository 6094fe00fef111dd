package news.dateline.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one event of every write readers can see, published inside the writing transaction:
 * it names what changed as {@link ContentKeys} ({@code article:123},
 * {@code author:tarun-kumar}, {@code home} ...). After commit the page cache evicts (and
 * purges the HTTP cache in front), the search index re-indexes, the navigation and "Most
 * read" are read again; before commit the change log records it for the other nodes,
 * which then see it as {@link ChangesObserved}.
 */
public record ContentChanged(Set<String> keys) {

	public ContentChanged {
		keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("A content change names at least one key");
		}
	}

	public static ContentChanged of(String... keys) {
		return of(Arrays.asList(keys));
	}

	public static ContentChanged of(Collection<String> keys) {
		return new ContentChanged(
				keys.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	/**
	 * A section, author, tag or source ({@code kind}) was added, renamed or changed: its
	 * list pages and feeds under each of its slugs (before and after), every page showing
	 * its name, the feeds, the sitemaps and search.
	 */
	public static ContentChanged named(String kind, String... slugs) {
		List<String> keys = new java.util.ArrayList<>(
				List.of(ContentKeys.FEEDS, ContentKeys.SITEMAP, ContentKeys.SEARCH));
		for (String slug : slugs) {
			if (slug != null) {
				keys.add(ContentKeys.list(kind, slug));
				keys.add(ContentKeys.name(kind, slug));
			}
		}
		return of(keys);
	}

	public boolean touches(String key) {
		return this.keys.contains(key);
	}

	/** The stories whose own page or card changed. */
	public List<Long> storyIds() {
		return storyIds(this.keys);
	}

	static List<Long> storyIds(Collection<String> keys) {
		return keys.stream().map(ContentKeys::storyId).filter(Objects::nonNull).distinct().sorted().toList();
	}

}
