package news.dateline.article;

/**
 * The answer to a reader's article URL: the page, or the canonical slug to redirect to.
 */
public sealed interface ArticleLookup {

	/** The story lives at this URL. */
	record Found(ArticleView article) implements ArticleLookup {
	}

	/** The story lives at another slug (an old or wrongly cased one was asked for). */
	record MovedTo(String slug) implements ArticleLookup {

		public String url() {
			return ArticleView.urlOf(this.slug);
		}

	}

}
