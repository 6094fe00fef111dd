package news.dateline.system;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list ordered by slug, with the slug to continue after (or null on the last
 * page).
 */
public record SlugPage<T>(List<T> items, String after) {

	/**
	 * Cuts one-more-than-a-page of rows to a page, and remembers where the next one
	 * starts.
	 */
	public static <T> SlugPage<T> of(List<T> rows, int size, Function<T, String> slug) {
		if (rows.size() <= size) {
			return new SlugPage<>(rows, null);
		}
		List<T> page = rows.subList(0, size);
		return new SlugPage<>(page, slug.apply(page.get(size - 1)));
	}

}
