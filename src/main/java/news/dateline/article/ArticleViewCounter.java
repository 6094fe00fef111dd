package news.dateline.article;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.system.SiteProperties;

/**
 * Counts story page views in memory and adds them to {@code article_view_count} (one row
 * per story and day) in one batch every half minute, so a page view never costs a
 * database write. Counts that could not be written are kept for the next flush.
 */
@Component
public class ArticleViewCounter implements SchedulingConfigurer {

	/** How often {@link #flush()} runs ({@link ViewSettings}). */
	private final Duration interval;

	private static final Logger log = LoggerFactory.getLogger(ArticleViewCounter.class);

	private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SiteProperties site;

	private final Clock clock;

	ArticleViewCounter(JdbcClient jdbc, TransactionTemplate transactions, SiteProperties site, Clock clock,
			ViewSettings settings) {
		this.interval = settings.flushInterval();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.site = site;
		this.clock = clock;
	}

	/** One view of the story's page by a reader (the caller has left bots out). */
	public void record(Long articleId) {
		this.pending.computeIfAbsent(articleId, (id) -> new LongAdder()).increment();
	}

	/**
	 * Writes the views counted since the last flush; returns how many stories had views.
	 */
	public synchronized int flush() {
		Map<Long, Long> counts = new HashMap<>();
		this.pending.forEach((id, adder) -> {
			long views = adder.sumThenReset();
			if (views > 0) {
				counts.put(id, views);
			}
			else {
				this.pending.remove(id, adder);
			}
		});
		if (counts.isEmpty()) {
			return 0;
		}
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
		try {
			this.transactions.executeWithoutResult((status) -> write(counts, day));
		}
		catch (DataAccessException ex) {
			log.warn("Could not write page views; keeping them for the next flush", ex);
			counts.forEach((id, views) -> this.pending.computeIfAbsent(id, (key) -> new LongAdder()).add(views));
			return 0;
		}
		return counts.size();
	}

	private void write(Map<Long, Long> counts, LocalDate day) {
		for (Map.Entry<Long, Long> count : counts.entrySet()) {
			int updated = this.jdbc
				.sql("update article_view_count set views = views + ? where article_id = ? and view_date = ?")
				.params(count.getValue(), count.getKey(), day)
				.update();
			if (updated == 0) {
				this.jdbc
					.sql("insert into article_view_count (article_id, view_date, views)"
							+ " select id, ?, ? from article where id = ?")
					.params(day, count.getValue(), count.getKey())
					.update();
			}
		}
	}

	/** Views counted but not yet written, for tests and diagnostics. */
	long pendingViews() {
		return this.pending.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/**
	 * Ids of the stories in this language (every language if null) by views since the
	 * given day, most viewed first.
	 */
	List<Long> mostViewedSince(LocalDate since, int limit, String language) {
		if (language == null) {
			return this.jdbc
				.sql("select article_id from article_view_count where view_date >= ? group by article_id"
						+ " order by sum(views) desc, article_id desc limit ?")
				.params(since, limit)
				.query(Long.class)
				.list();
		}
		return this.jdbc
			.sql("select v.article_id from article_view_count v join article a on a.id = v.article_id"
					+ " where v.view_date >= ? and a.language = ? group by v.article_id"
					+ " order by sum(v.views) desc, v.article_id desc limit ?")
			.params(since, language, limit)
			.query(Long.class)
			.list();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar timers) {
		timers.addFixedDelayTask(new FixedDelayTask(this::flush, this.interval, this.interval));
	}

}
