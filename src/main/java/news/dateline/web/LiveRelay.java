package news.dateline.web;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.live.LiveChanged;
import news.dateline.live.LiveNotified;
import news.dateline.system.ChangesObserved;

/**
 * Tells this node's live streams that a story was written to: at once after a write on
 * this node commits, at once on PostgreSQL's notification of a write on any node, and
 * from the change log (every couple of seconds) where there is no such notification.
 * Catching up twice is harmless: each stream gets each write once.
 */
@Component
class LiveRelay {

	private final LiveStreams streams;

	LiveRelay(LiveStreams streams) {
		this.streams = streams;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void written(LiveChanged change) {
		this.streams.catchUp(change.articleId());
	}

	@EventListener
	void notified(LiveNotified notice) {
		this.streams.catchUp(notice.articleId());
	}

	@EventListener
	void observed(ChangesObserved changes) {
		for (Long articleId : changes.storyIds()) {
			if (this.streams.watched().contains(articleId)) {
				this.streams.catchUp(articleId);
			}
		}
	}

}
