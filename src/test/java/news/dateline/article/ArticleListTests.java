package news.dateline.article;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.dateline.article.internal.Article;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
@RecordApplicationEvents
class ArticleListTests extends NewsroomTests {

	@Autowired
	ArticleFinder finder;

	@Autowired
	ArticleBulkService bulk;

	@Autowired
	ApplicationEvents events;

	private static ArticleSearch words(String q) {
		return new ArticleSearch(q, null, null, null, null, null, null, null, null);
	}

	private static List<String> headlines(ArticleSearchPage page) {
		return page.rows().stream().map((row) -> row.story().headline()).toList();
	}

	@Test
	void findsStoriesByWordsOfTheHeadlineWhateverTheCaseAndKeepsLikeWildcardsLiteral() {
		String word = TestData.unique("Señal");
		this.editorial.create(this.newsroom.complete("Pacto «" + word + "» en Seúl 🇰🇷"));
		this.editorial.create(this.newsroom.complete("서울 " + word.toUpperCase() + " — “결렬”"));
		this.editorial.create(this.newsroom.complete("Other " + TestData.unique("story")));
		assertThat(headlines(this.finder.find(words(word.toLowerCase())))).hasSize(2);
		assertThat(headlines(this.finder.find(words(word + "%")))).isEmpty();
		assertThat(headlines(this.finder.find(words("_" + word.substring(1))))).isEmpty();
	}

	@Test
	void filtersBySectionBylineStatusAndEditDayInTheSiteTimeZone() {
		String word = TestData.unique("filtro");
		SectionView sport = this.data.section("Deportes");
		Long world = this.editorial.create(this.newsroom.complete(word + " world"));
		ArticleEdit inSport = new ArticleEdit(word + " sport", "Deck", "Madrid", "España", "Body.", sport.slug(), "",
				List.of(this.newsroom.mina), List.of(this.newsroom.staff), "", "", "", "", "", "", "", true, null);
		Long sportId = this.editorial.create(inSport);
		this.editorial.publish(world);
		ArticleSearch bySection = new ArticleSearch(word, null, sport.slug(), null, null, null, null, null, null);
		assertThat(this.finder.find(bySection).rows()).extracting((row) -> row.story().id()).containsExactly(sportId);
		ArticleSearch byAuthor = new ArticleSearch(word, null, null, this.newsroom.tarun, null, null, null, null, null);
		assertThat(this.finder.find(byAuthor).rows()).extracting((row) -> row.story().id()).containsExactly(world);
		ArticleSearch live = new ArticleSearch(word, ArticleStatus.PUBLISHED, null, null, null, null, null, null, null);
		ArticleSearchPage published = this.finder.find(live);
		assertThat(published.rows()).extracting((row) -> row.story().id()).containsExactly(world);
		assertThat(published.rows().get(0).unpublishable()).isTrue();
		assertThat(published.rows().get(0).previewUrl()).isNull();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
		ArticleSearch yesterday = new ArticleSearch(word, null, null, null, today.minusDays(1), today.minusDays(1),
				null, null, null);
		assertThat(this.finder.find(yesterday).rows()).isEmpty();
		ArticleSearch onTheDay = new ArticleSearch(word, null, null, null, today, today, null, null, null);
		assertThat(this.finder.find(onTheDay).rows()).hasSize(2);
	}

	@Test
	void pagesByCursorBothWaysInEachOrder() {
		String word = TestData.unique("página");
		for (int i = 0; i < ArticleFinder.PAGE_SIZE + 3; i++) {
			this.editorial.create(this.newsroom.bare(String.format("%s %02d", word, i)));
			this.clock.advance(Duration.ofSeconds(1));
		}
		ArticleSearch byHeadline = new ArticleSearch(word, null, null, null, null, null, ArticleSort.HEADLINE, null,
				null);
		ArticleSearchPage first = this.finder.find(byHeadline);
		assertThat(headlines(first)).hasSize(ArticleFinder.PAGE_SIZE).first().isEqualTo(word + " 00");
		assertThat(first.previous()).isNull();
		ArticleSearchPage second = this.finder.find(first.next());
		assertThat(headlines(second)).containsExactly(word + " 25", word + " 26", word + " 27");
		assertThat(second.next()).isNull();
		ArticleSearchPage back = this.finder.find(second.previous());
		assertThat(headlines(back)).isEqualTo(headlines(first));
		assertThat(back.previous()).isNull();
		ArticleSearchPage newest = this.finder.find(words(word));
		assertThat(headlines(newest)).first().isEqualTo(word + " 27");
		assertThat(headlines(this.finder.find(newest.next()))).containsExactly(word + " 02", word + " 01",
				word + " 00");
	}

	@Test
	void contributorsFindOnlyTheirOwnStories() {
		String word = TestData.unique("propia");
		this.editorial.create(this.newsroom.complete(word + " editor's"));
		this.newsroom.contributor();
		Long own = this.editorial.create(this.newsroom.complete(word + " contributor's"));
		ArticleSearchPage page = this.finder.find(words(word));
		assertThat(page.rows()).extracting((row) -> row.story().id()).containsExactly(own);
		assertThat(page.rows().get(0).unpublishable()).isFalse();
		assertThat(page.rows().get(0).story().bylines()).containsExactly("Tarun Kumar");
		assertThat(page.counts()).containsEntry(ArticleStatus.DRAFT, 1L).doesNotContainKey(ArticleStatus.IN_REVIEW);
	}

	@Test
	void bulkUnpublishTakesLiveStoriesOffAndLeavesTheRestAlone() {
		Long live = this.editorial.create(this.newsroom.complete("Live «uno»"));
		this.editorial.publish(live);
		Long draft = this.editorial.create(this.newsroom.complete("Borrador"));
		BulkPlan plan = this.bulk.plan(ArticleBulkAction.UNPUBLISH, List.of(live, draft), null, null);
		assertThat(plan.items()).extracting(BulkPlan.Item::allowed).containsExactly(true, false);
		assertThat(this.bulk.apply(ArticleBulkAction.UNPUBLISH, List.of(live, draft), null, null)).isEqualTo(1);
		assertThat(stored(live).getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(stored(draft).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(this.events.stream(ArticleUnpublished.class)).extracting(ArticleUnpublished::articleId)
			.containsExactly(live);
	}

	@Test
	void bulkMoveAndTagSaveARevisionOfEachStory() {
		SectionView culture = this.data.section("Cultura");
		Long one = this.editorial.create(this.newsroom.complete("Uno"));
		Long two = this.editorial.create(this.newsroom.complete("Dos"));
		this.editorial.publish(two);
		assertThat(this.bulk.apply(ArticleBulkAction.MOVE_TO_SECTION, List.of(one, two), culture.slug(), null))
			.isEqualTo(2);
		assertThat(this.bulk.apply(ArticleBulkAction.ADD_TAG, List.of(one, two), null, " Elecciones 2026 "))
			.isEqualTo(2);
		assertThat(this.bulk.apply(ArticleBulkAction.ADD_TAG, List.of(one), null, "elecciones 2026")).isZero();
		Article stored = stored(two);
		assertThat(stored.getSection().getSlug()).isEqualTo(culture.slug());
		assertThat(stored.getTags()).extracting((tag) -> tag.getName()).contains("Elecciones 2026", "Pacts");
		assertThat(stored.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(this.events.stream(ArticleUpdated.class).filter((event) -> event.articleId().equals(two)))
			.hasSize(3);
	}

	@Test
	void bulkDeleteRemovesOnlyDraftsNeverPublished() {
		Long draft = this.editorial.create(this.newsroom.complete("Borrador «eliminado»"));
		Long live = this.editorial.create(this.newsroom.complete("Publicada"));
		this.editorial.publish(live);
		assertThat(this.bulk.apply(ArticleBulkAction.DELETE_DRAFTS, List.of(draft, live), null, null)).isEqualTo(1);
		assertThat(stored(draft)).isNull();
		assertThat(stored(live)).isNotNull();
		assertThat(this.events.stream(ArticleDeleted.class)).extracting(ArticleDeleted::headline)
			.containsExactly("Borrador «eliminado»");
	}

	@Test
	void authorsMayNotUnpublishInBulkNorTouchOthersStories() {
		Long editors = this.editorial.create(this.newsroom.complete("De la editora"));
		this.newsroom.author();
		Long own = this.editorial.create(this.newsroom.complete("Del autor"));
		this.editorial.publish(own);
		assertThat(this.bulk.apply(ArticleBulkAction.UNPUBLISH, List.of(own), null, null)).isZero();
		assertThat(this.bulk.apply(ArticleBulkAction.DELETE_DRAFTS, List.of(editors), null, null)).isZero();
		assertThat(stored(own).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(stored(editors)).isNotNull();
	}

	@Test
	void refusesABulkActionWithoutStoriesOrWithoutItsSectionOrTag() {
		Long one = this.editorial.create(this.newsroom.complete("Uno"));
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.bulk.plan(ArticleBulkAction.UNPUBLISH, List.of(), null, null));
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.bulk.plan(ArticleBulkAction.MOVE_TO_SECTION, List.of(one), "nowhere", null));
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.bulk.plan(ArticleBulkAction.ADD_TAG, List.of(one), null, "a, b"));
	}

}
