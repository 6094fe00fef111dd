package news.dateline.article;

import news.dateline.security.Actor;

/**
 * A story's text or metadata was saved (created, edited, or a revision restored) as a new
 * revision.
 */
public record ArticleUpdated(Long articleId, String slug, int revision, ArticleStatus status,
		Actor actor) implements EditorialEvent, ArticleChange {

	@Override
	public String action() {
		return (this.revision == 1) ? "article.create" : "article.update";
	}

	@Override
	public String detail() {
		return "saved revision " + this.revision + " of /articles/" + this.slug + " (" + this.status + ")";
	}

}
