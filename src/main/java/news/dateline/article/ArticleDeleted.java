package news.dateline.article;

import news.dateline.audit.AuditableEvent;
import news.dateline.security.Actor;

/**
 * A draft that was never published was deleted from the admin article list. Readers never
 * saw it, so no cache or index hears of it; the audit log does.
 */
public record ArticleDeleted(Long articleId, String headline, Actor actor) implements AuditableEvent {

	@Override
	public String action() {
		return "article.delete";
	}

	@Override
	public String subjectType() {
		return "article";
	}

	@Override
	public Object subjectId() {
		return this.articleId;
	}

	@Override
	public String detail() {
		return "deleted the draft \u201c" + this.headline + "\u201d";
	}

}
