package news.dateline.article;

/**
 * Which stories a list shows: every live story, or those of one section, author, tag or
 * source.
 */
public record StoryList(Kind kind, Long id) {

	public static StoryList all() {
		return new StoryList(Kind.ALL, null);
	}

	public static StoryList section(Long id) {
		return new StoryList(Kind.SECTION, id);
	}

	public static StoryList author(Long id) {
		return new StoryList(Kind.AUTHOR, id);
	}

	public static StoryList tag(Long id) {
		return new StoryList(Kind.TAG, id);
	}

	public static StoryList source(Long id) {
		return new StoryList(Kind.SOURCE, id);
	}

	/**
	 * The kinds of list, each with the join and condition it adds to the query, and the
	 * columns its condition holds constant, which lead the sort order: they change
	 * nothing in the result, but let H2 read the list in the order of the matching index
	 * and stop at the limit, instead of sorting every story of the list (PostgreSQL needs
	 * no such hint). The section is named by the story's own column ({@code fk}), not
	 * through the joined section, or the index would not apply.
	 */
	public enum Kind {

		ALL("", "", "a.status"), SECTION("", " and fk(a.section) = :filterId", "fk(a.section), a.status"),
		AUTHOR(" join a.bylines f", " and f.id = :filterId", null),
		TAG(" join a.tags f", " and f.id = :filterId", null),
		SOURCE(" join a.sources f", " and f.id = :filterId", null);

		public final String join;

		public final String condition;

		final String constantColumns;

		Kind(String join, String condition, String constantColumns) {
			this.join = join;
			this.condition = condition;
			this.constantColumns = constantColumns;
		}

		/** The order by clause, newest first or oldest first. */
		public String orderBy(boolean newestFirst) {
			String direction = newestFirst ? " desc" : " asc";
			String leading = (this.constantColumns != null) ? this.constantColumns + ", " : "";
			return " order by " + leading + "a.publishedAt" + direction + ", a.id" + direction;
		}

	}

}
