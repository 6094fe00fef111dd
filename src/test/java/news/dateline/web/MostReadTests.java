package news.dateline.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleService;
import news.dateline.support.MutableClock;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Edition;
import news.dateline.system.EditionSettings;
import news.dateline.system.Editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class MostReadTests {

	private static final Editions EDITIONS = new Editions(new EditionSettings(List.of("en", "es"), "en", Map.of()));

	private static final Edition ENGLISH = EDITIONS.defaultEdition();

	private final ArticleService articles = mock(ArticleService.class);

	private final MutableClock clock = new MutableClock();

	private final MostRead mostRead = new MostRead(this.articles, this.clock);

	private final List<ArticleCard> before = List.of(WebSliceTests.card("Popular concert review", "concert"));

	private final List<ArticleCard> after = List.of(WebSliceTests.card("Quiet book review", "book"));

	@BeforeEach
	void mostReadChangesBetweenReads() {
		given(this.articles.mostRead(MostRead.DAYS, MostRead.LIMIT, "en")).willReturn(this.before, this.after);
	}

	@Test
	void readsTheListOnceForEveryPageWithinTheRefreshInterval() {
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
		this.clock.advance(MostRead.REFRESH.minusMillis(1));
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
		verify(this.articles, times(1)).mostRead(MostRead.DAYS, MostRead.LIMIT, "en");
	}

	@Test
	void readsTheListAgainOnceTheRefreshIntervalHasPassed() {
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
		this.clock.advance(MostRead.REFRESH);
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.after);
	}

	@Test
	void readsTheListAgainAsSoonAsAStoryChangeIsCommitted() {
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
		this.mostRead.changed(ContentChanged.of(ContentKeys.article(42), ContentKeys.HOME));
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.after);
	}

	@Test
	void keepsTheListWhenOnlyCommentsChange() {
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
		this.mostRead.changed(ContentChanged.of(ContentKeys.comments(42)));
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
	}

	@Test
	void keepsEachEditionsListApart() {
		List<ArticleCard> spanish = List.of(WebSliceTests.card("«Crónica» de un concierto — en Seúl", "cronica"));
		given(this.articles.mostRead(MostRead.DAYS, MostRead.LIMIT, "es")).willReturn(spanish);
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
		assertThat(this.mostRead.cards(EDITIONS.byCode("es").orElseThrow())).isEqualTo(spanish);
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
		verify(this.articles, times(1)).mostRead(MostRead.DAYS, MostRead.LIMIT, "en");
	}

	@Test
	void readsTheListAgainWhenTheClockWentBack() {
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.before);
		this.clock.advance(Duration.ofSeconds(-1));
		assertThat(this.mostRead.cards(ENGLISH)).isEqualTo(this.after);
	}

}
