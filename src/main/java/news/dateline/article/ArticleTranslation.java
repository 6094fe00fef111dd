package news.dateline.article;

/**
 * Another story of the same translation group, as the article page links to it: its
 * language (an edition code such as "es"), its slug, whether it is live, and whether it
 * is the group's original (the story the others were translated from).
 */
public record ArticleTranslation(String language, String slug, boolean published, boolean original) {

	/** A translation that is not the group's original. */
	public ArticleTranslation(String language, String slug, boolean published) {
		this(language, slug, published, false);
	}

}
