package news.dateline.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.article.ArticleService;
import news.dateline.system.ChangesObserved;
import news.dateline.system.ContentChange;

/**
 * Empties the page cache whenever readers could see something new: after any committed change on
 * this node (story published, updated or taken down, comment approved, correction, section change:
 * every event that is a {@link ContentChange}, sections included), when the change log shows a change made on another
 * node, and when a story's scheduled publication time passes (which changes nothing in the database).
 * Emptying it all is the simplest rule that is always right: story pages, lists, feeds and sitemaps
 * all show the change.
 */
@Component
class PageCacheInvalidator {

	private final PageCache cache;

	private final ArticleService articles;

	private final Clock clock;

	private Instant checkedUntil;

	PageCacheInvalidator(PageCache cache, ArticleService articles, Clock clock) {
		this.cache = cache;
		this.articles = articles;
		this.clock = clock;
		this.checkedUntil = clock.instant();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void changed(ContentChange change) {
		this.cache.evictAll();
	}

	@EventListener
	void changedElsewhere(ChangesObserved changes) {
		this.cache.evictAll();
	}

	/** Evicts when a scheduled story went live since the last check; returns whether it did. */
	@Scheduled(fixedDelayString = "${dateline.cache.pages.check-interval:2s}",
			initialDelayString = "${dateline.cache.pages.check-interval:2s}")
	synchronized boolean checkScheduledStories() {
		Instant now = this.clock.instant();
		boolean wentLive = now.isAfter(this.checkedUntil) && this.articles.wentLiveBetween(this.checkedUntil, now);
		this.checkedUntil = now;
		if (wentLive) {
			this.cache.evictAll();
		}
		return wentLive;
	}

}
