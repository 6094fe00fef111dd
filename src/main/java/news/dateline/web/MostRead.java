package news.dateline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleService;
import news.dateline.system.ChangesObserved;
import news.dateline.system.ContentChanged;
import news.dateline.system.Edition;

/**
 * The "Most read" list beside every story, of the stories of the page's edition: the same
 * for all readers of an edition, so it is read from the database at most once every
 * {@link #REFRESH} (views reach the database only every half minute anyway), and again as
 * soon as a story's card changes (a story published, taken down or edited, on this node
 * or another: a {@link ContentChanged} or {@link ChangesObserved} naming a story),
 * whether or not the page cache is enabled. Comments do not make it read again.
 */
@Component
class MostRead {

	/** "Most read" covers the views of today and yesterday. */
	static final int DAYS = 2;

	static final int LIMIT = 5;

	static final Duration REFRESH = Duration.ofSeconds(5);

	private final ArticleService articles;

	/**
	 * Moves on with every change to a story, so a list read before it is not kept after
	 * it.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final Clock clock;

	/** The latest list of each edition, by its code. */
	private final Map<String, Snapshot> latest = new ConcurrentHashMap<>();

	MostRead(ArticleService articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	/** The most read live stories of an edition, most read first. */
	List<ArticleCard> cards(Edition edition) {
		// the generation is read before the query: a change committed meanwhile makes the
		// next call read again
		long generation = this.generation.get();
		Instant now = this.clock.instant();
		Snapshot known = this.latest.get(edition.code());
		if (known != null && known.isFreshAt(generation, now)) {
			return known.cards();
		}
		List<ArticleCard> fresh = this.articles.mostRead(DAYS, LIMIT, edition.code());
		this.latest.put(edition.code(), new Snapshot(generation, now, fresh));
		return fresh;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void changed(ContentChanged change) {
		if (!change.storyIds().isEmpty()) {
			this.generation.incrementAndGet();
		}
	}

	@EventListener
	void changedElsewhere(ChangesObserved changes) {
		if (!changes.storyIds().isEmpty()) {
			this.generation.incrementAndGet();
		}
	}

	private record Snapshot(long generation, Instant readAt, List<ArticleCard> cards) {

		boolean isFreshAt(long currentGeneration, Instant now) {
			return this.generation == currentGeneration && !now.isBefore(this.readAt)
					&& now.isBefore(this.readAt.plus(REFRESH));
		}

	}

}
