package news.dateline.article;

import news.dateline.security.Actor;

/**
 * An editor appended an entry to a published story's corrections log.
 */
public record CorrectionAdded(Long articleId, String slug, Long correctionId, CorrectionKind kind,
		Actor actor) implements EditorialEvent, ArticleChange {

	@Override
	public String action() {
		return "article.correction";
	}

	@Override
	public String detail() {
		return this.kind + " added to /articles/" + this.slug;
	}

}
