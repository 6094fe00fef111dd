package news.dateline.comment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import news.dateline.article.ArticleService;
import news.dateline.comment.internal.CommentRepository;

/**
 * Keeps the approved-comment count that story lists show, for comments readers post. A
 * reader's comment does not touch the story's row: that row is shared by everyone
 * commenting on the story at once, so updating it in every post would make the posts wait
 * for each other. Instead the story is noted once the comment has committed, and every
 * second the noted stories' counts are set to what the comment table holds (a recount, so
 * a count that drifted for any reason is repaired too). Lists may therefore show a count
 * up to a second old; the story page counts its thread itself. Notes not yet written are
 * written when the node stops, and kept for the next round when the database refuses; a
 * node that was killed before writing them has its first round recount the stories of the
 * newest comments.
 */
@Component
public class CommentCounts implements SchedulingConfigurer, DisposableBean {

	/** How often {@link #refresh()} runs ({@link CommentCountSettings}). */
	private final Duration interval;

	private static final Logger log = LoggerFactory.getLogger(CommentCounts.class);

	private final Set<Long> stale = ConcurrentHashMap.newKeySet();

	/** How many of the newest comments' stories the first round recounts. */
	static final int RECOUNTED_AT_START = 1000;

	private final ArticleService articles;

	private final CommentRepository comments;

	private boolean started;

	CommentCounts(ArticleService articles, CommentRepository comments, CommentCountSettings settings) {
		this.interval = settings.countInterval();
		this.articles = articles;
		this.comments = comments;
	}

	/**
	 * Notes that the story's count changed, once the current transaction (if any) has
	 * committed.
	 */
	void changed(Long articleId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CommentCounts.this.stale.add(articleId);
				}
			});
		}
		else {
			this.stale.add(articleId);
		}
	}

	/** Recounts the noted stories; returns how many it updated. */
	public synchronized int refresh() {
		if (!this.started) {
			this.stale.addAll(this.comments.findStoriesOfNewestComments(RECOUNTED_AT_START));
			this.started = true;
		}
		List<Long> ids = new ArrayList<>();
		for (Long id : this.stale) {
			if (this.stale.remove(id)) {
				ids.add(id);
			}
		}
		if (ids.isEmpty()) {
			return 0;
		}
		try {
			return this.articles.recountComments(ids);
		}
		catch (DataAccessException ex) {
			log.warn("Could not update the comment counts of {} stories; trying again at the next round", ids.size(),
					ex);
			this.stale.addAll(ids);
			return 0;
		}
	}

	/** Stories whose count is still to be written, for tests and diagnostics. */
	int pending() {
		return this.stale.size();
	}

	@Override
	public void destroy() {
		refresh();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar timers) {
		timers.addFixedDelayTask(new FixedDelayTask(this::refresh, this.interval, this.interval));
	}

}
