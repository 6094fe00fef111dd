package news.dateline.article;

/**
 * The orders of the admin article list; each pages by keyset on its own column and the
 * id.
 */
public enum ArticleSort {

	/** Most recently edited first (the default). */
	NEWEST,

	/** Least recently edited first. */
	OLDEST,

	/** By headline, A to Z. */
	HEADLINE;

	public String messageKey() {
		return "admin.articles.sort." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
