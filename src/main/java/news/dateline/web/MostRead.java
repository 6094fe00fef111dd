package news.dateline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleService;

/**
 * The "Most read" list beside every story: the same for all readers, so it is read from the database
 * at most once every {@link #REFRESH} (views reach the database only every half minute anyway), and
 * again as soon as anything readers can see changes (a story taken down or edited, on this node or
 * another: the page cache's generation moves on then, whether or not the page cache is enabled).
 */
@Component
class MostRead {

	/** "Most read" covers the views of today and yesterday. */
	static final int DAYS = 2;

	static final int LIMIT = 5;

	static final Duration REFRESH = Duration.ofSeconds(5);

	private final ArticleService articles;

	private final PageCache pageCache;

	private final Clock clock;

	private final AtomicReference<Snapshot> latest = new AtomicReference<>();

	MostRead(ArticleService articles, PageCache pageCache, Clock clock) {
		this.articles = articles;
		this.pageCache = pageCache;
		this.clock = clock;
	}

	/** The most read live stories, most read first. */
	List<ArticleCard> cards() {
		// the generation is read before the query: a change committed meanwhile makes the next call read again
		long generation = this.pageCache.generation();
		Instant now = this.clock.instant();
		Snapshot known = this.latest.get();
		if (known != null && known.isFreshAt(generation, now)) {
			return known.cards();
		}
		List<ArticleCard> fresh = this.articles.mostRead(DAYS, LIMIT);
		this.latest.set(new Snapshot(generation, now, fresh));
		return fresh;
	}

	private record Snapshot(long generation, Instant readAt, List<ArticleCard> cards) {

		boolean isFreshAt(long currentGeneration, Instant now) {
			return this.generation == currentGeneration && !now.isBefore(this.readAt)
					&& now.isBefore(this.readAt.plus(REFRESH));
		}

	}

}
