package news.dateline.live;

import news.dateline.audit.AuditableEvent;
import news.dateline.security.Actor;

/**
 * Published inside the transaction of every write to a live story (coverage started or
 * ended, an entry filed, edited or deleted); audited after commit, and the node's event
 * streams catch up.
 */
public record LiveChanged(Actor actor, String action, Long articleId, Long entryId,
		long seq) implements AuditableEvent {

	@Override
	public String subjectType() {
		return (this.entryId != null) ? "live-entry" : "article";
	}

	@Override
	public Object subjectId() {
		return (this.entryId != null) ? this.entryId : this.articleId;
	}

	@Override
	public String detail() {
		return "story " + this.articleId + ", write " + this.seq;
	}

}
