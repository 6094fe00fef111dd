package news.dateline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.article.ArticleService;
import news.dateline.system.ChangesObserved;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;

/**
 * Evicts the pages holding the keys of each change readers can see: after a
 * {@link ContentChanged} commits on this node (and purges the HTTP caches in front by the
 * same keys), and when the change log shows a change made on another node (that node
 * purged the edge). A story whose publication time passes changes nothing in the
 * database: every list, feed and sitemap is evicted then.
 */
@Component
class PageCacheInvalidator implements SchedulingConfigurer {

	/** How often {@link #checkScheduledStories()} runs ({@link PageCacheSettings}). */
	private final Duration interval;

	/**
	 * What a story going live by the clock can change: every HTML page (its lists), feeds
	 * and sitemaps.
	 */
	static final List<String> WENT_LIVE = List.of(ContentKeys.NAV, ContentKeys.FEEDS, ContentKeys.SITEMAP);

	private final PageCache cache;

	private final EdgePurge edge;

	private final ArticleService articles;

	private final Clock clock;

	private Instant checkedUntil;

	PageCacheInvalidator(PageCache cache, EdgePurge edge, ArticleService articles, Clock clock,
			PageCacheSettings settings) {
		this.interval = settings.checkInterval();
		this.cache = cache;
		this.edge = edge;
		this.articles = articles;
		this.clock = clock;
		this.checkedUntil = clock.instant();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void changed(ContentChanged change) {
		this.cache.evict(change.keys());
		this.edge.purge(change.keys());
	}

	@EventListener
	void changedElsewhere(ChangesObserved changes) {
		this.cache.evict(changes.keys());
	}

	/**
	 * Evicts when a scheduled story went live since the last check; returns whether it
	 * did.
	 */
	synchronized boolean checkScheduledStories() {
		Instant now = this.clock.instant();
		boolean wentLive = now.isAfter(this.checkedUntil) && this.articles.wentLiveBetween(this.checkedUntil, now);
		this.checkedUntil = now;
		if (wentLive) {
			this.cache.evict(WENT_LIVE);
			this.edge.purge(WENT_LIVE);
		}
		return wentLive;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar timers) {
		timers.addFixedDelayTask(new FixedDelayTask(this::checkScheduledStories, this.interval, this.interval));
	}

}
