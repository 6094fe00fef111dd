package news.dateline.article;

/**
 * Which stories a list shows: every live story, or those of one section, author, tag or
 * source; those of one edition's language ({@link #in(String)}), or of every language
 * when {@code language} is null.
 */
public record StoryList(Kind kind, Long id, String language) {

	public static StoryList all() {
		return new StoryList(Kind.ALL, null, null);
	}

	public static StoryList section(Long id) {
		return new StoryList(Kind.SECTION, id, null);
	}

	public static StoryList author(Long id) {
		return new StoryList(Kind.AUTHOR, id, null);
	}

	public static StoryList tag(Long id) {
		return new StoryList(Kind.TAG, id, null);
	}

	public static StoryList source(Long id) {
		return new StoryList(Kind.SOURCE, id, null);
	}

	/** The same list, of the stories in this language (an edition's code) only. */
	public StoryList in(String language) {
		return new StoryList(this.kind, this.id, language);
	}

	/** The condition the language adds to the query ("" for every language). */
	public String languageCondition() {
		return (this.language != null) ? " and a.language = :language" : "";
	}

	/** The order by clause, newest first or oldest first. */
	public String orderBy(boolean newestFirst) {
		return this.kind.orderBy(newestFirst, this.language != null);
	}

	/**
	 * The kinds of list, each with the join and condition it adds to the query, and the
	 * columns its condition holds constant, which lead the sort order: they change
	 * nothing in the result, but let H2 read the list in the order of the matching index
	 * and stop at the limit, instead of sorting every story of the list (PostgreSQL needs
	 * no such hint). The section is named by the story's own column ({@code fk}), not
	 * through the joined section, or the index would not apply. A list of one language
	 * holds it constant too, read from {@code ix_article_language_live} and
	 * {@code ix_article_section_language_live}.
	 */
	public enum Kind {

		ALL("", "", ""), SECTION("", " and fk(a.section) = :filterId", "fk(a.section), "),
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

		/**
		 * The order by clause, newest first or oldest first, of a list of one language or
		 * of all.
		 */
		public String orderBy(boolean newestFirst, boolean oneLanguage) {
			String direction = newestFirst ? " desc" : " asc";
			String leading = (this.constantColumns != null)
					? this.constantColumns + (oneLanguage ? "a.language, " : "") + "a.status, " : "";
			return " order by " + leading + "a.publishedAt" + direction + ", a.id" + direction;
		}

	}

}
