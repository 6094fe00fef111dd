package news.dateline.article;

import news.dateline.security.Actor;

/**
 * A story was taken off the site, or its scheduled release or embargo lift was cancelled.
 */
public record ArticleUnpublished(Long articleId, String slug, ArticleStatus from,
		Actor actor) implements EditorialEvent, ArticleChange {

	@Override
	public String action() {
		return "article.unpublish";
	}

	@Override
	public String detail() {
		return "unpublished /articles/" + this.slug + " (was " + this.from + ")";
	}

}
