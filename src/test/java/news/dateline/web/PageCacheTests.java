package news.dateline.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.dateline.support.MutableClock;
import news.dateline.system.ContentKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache's keyed eviction and coalesced re-rendering, on a clock the test moves.
 */
class PageCacheTests {

	private static final Duration INTERVAL = Duration.ofMillis(250);

	private final MutableClock clock = new MutableClock();

	private final PageCache cache = new PageCache(new PageCacheSettings(true, java.time.Duration.ofSeconds(60),
			64L * 1024 * 1024, java.util.List.of(), INTERVAL, Duration.ofSeconds(2)), this.clock);

	private CachedPage render(String html, String... keys) {
		return CachedPage.of(html.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8", List.of(), null,
				Set.of(keys), this.clock.instant());
	}

	private void store(String url, String html, String... keys) {
		this.cache.put(url, render(html, keys), this.cache.generation());
	}

	@Test
	void evictsOnlyThePagesHoldingAChangedKey() {
		store("/articles/seoul-talks", "story", ContentKeys.article(1), ContentKeys.NAV);
		store("/", "home", ContentKeys.HOME, ContentKeys.card(1), ContentKeys.comments(1), ContentKeys.NAV);
		store("/sections/cultura", "cultura", ContentKeys.section("cultura"), ContentKeys.card(2), ContentKeys.NAV);
		this.clock.advance(INTERVAL);
		this.cache.evict(List.of(ContentKeys.comments(1)));
		assertThat(this.cache.get("/")).isNull();
		assertThat(this.cache.get("/articles/seoul-talks")).isNotNull();
		assertThat(this.cache.get("/sections/cultura")).isNotNull();
		this.cache.evict(List.of(ContentKeys.NAV));
		assertThat(this.cache.get("/articles/seoul-talks")).isNull();
		assertThat(this.cache.get("/sections/cultura")).isNull();
	}

	@Test
	void aPageWhoseRenderingBeganBeforeAnEvictionOfItsKeysIsStoredStale() {
		long generation = this.cache.generation();
		CachedPage rendering = render("old thread", ContentKeys.article(7));
		this.cache.evict(List.of(ContentKeys.article(7)));
		this.cache.put("/articles/busy", rendering, generation);
		assertThat(this.cache.get("/articles/busy")).isNotNull();
		this.clock.advance(INTERVAL);
		assertThat(this.cache.get("/articles/busy")).isNull();
	}

	@Test
	void aBurstOfCommentsRendersTheStoryPageAtMostOncePerIntervalAndNeverServesAnOlderPage() {
		String url = "/articles/viral";
		int renders = 0;
		int comments = 0;
		store(url, "thread with 0 comments", ContentKeys.article(9));
		renders++;
		// 40 comments a second for 3 seconds, a reader every 5 ms in between
		for (int millis = 0; millis < 3_000; millis += 5) {
			if (millis % 25 == 0) {
				comments++;
				this.cache.evict(List.of(ContentKeys.article(9)));
			}
			CachedPage served = this.cache.get(url);
			if (served == null) {
				store(url, "thread with " + comments + " comments", ContentKeys.article(9));
				renders++;
				served = this.cache.get(url);
			}
			assertThat(Duration.between(served.renderedAt(), this.clock.instant())).isLessThan(INTERVAL);
			this.clock.advance(Duration.ofMillis(5));
		}
		assertThat(comments).isEqualTo(120);
		// at most one rendering per interval: 3 s / 250 ms, and the first
		assertThat(renders).isBetween(10, 13);
		this.clock.advance(INTERVAL);
		assertThat(this.cache.get(url)).isNull();
	}

	@Test
	void anUnchangedPageIsServedPastTheIntervalUntilItsKeysChange() {
		store("/latest", "latest", ContentKeys.LATEST);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.cache.get("/latest")).isNotNull();
		this.cache.evict(List.of(ContentKeys.LATEST));
		assertThat(this.cache.get("/latest")).isNull();
	}

}
