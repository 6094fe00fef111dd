package news.dateline.article;

/**
 * Which stories a list shows: every live story, or those of one section, author, tag or source.
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

	/** The kinds of list, each with the join and condition it adds to the query. */
	public enum Kind {

		ALL("", ""), SECTION("", " and a.section.id = :filterId"),
		AUTHOR(" join a.bylines f", " and f.id = :filterId"), TAG(" join a.tags f", " and f.id = :filterId"),
		SOURCE(" join a.sources f", " and f.id = :filterId");

		final String join;

		final String condition;

		Kind(String join, String condition) {
			this.join = join;
			this.condition = condition;
		}

	}

}
