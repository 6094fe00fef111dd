package news.dateline.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.DueRelease;
import news.dateline.author.AuthorService;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData.Story;
import news.dateline.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The release job: scheduled stories go live on time, embargoed ones stay off every
 * public surface until the lift, and nothing is released twice.
 */
@DatabaseTest
@RecordApplicationEvents
class ArticleReleaseTests extends NewsroomTests {

	@Autowired
	ArticleReleaseJob job;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleRepository repository;

	@Autowired
	AuthorService authors;

	@Autowired
	TagService tags;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private Long scheduled(String headline, Duration in) {
		Long id = this.editorial.create(this.newsroom.complete(headline));
		this.editorial.schedule(id, this.clock.instant().plus(in));
		return id;
	}

	@Test
	void publishesAScheduledStoryAtItsTimeAndNotBefore() {
		Long id = scheduled("Pact alarms Seoul", Duration.ofHours(2));
		String slug = stored(id).getSlug();
		this.job.run();
		assertThat(stored(id).getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.articles.lookup(slug));
		this.clock.advance(Duration.ofHours(2));
		this.job.run();
		Article live = stored(id);
		assertThat(live.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(live.getPublishedAt()).isEqualTo(MutableClock.START.plus(Duration.ofHours(2)));
		assertThat(live.getReleaseAt()).isNull();
		assertThat(this.articles.lookup(slug)).isInstanceOf(ArticleLookup.Found.class);
	}

	@Test
	void runningTwiceReleasesOnceAndTellsListenersOnce() {
		Long id = scheduled("Pact alarms Seoul", Duration.ofMinutes(10));
		this.clock.advance(Duration.ofMinutes(10));
		this.job.run();
		this.job.run();
		assertThat(this.editorial.releaseDue()).isZero();
		assertThat(this.events.stream(ArticlePublished.class)).singleElement().satisfies((event) -> {
			assertThat(event.articleId()).isEqualTo(id);
			assertThat(event.actor()).isNull();
			assertThat(event.action()).isEqualTo("article.release");
		});
	}

	@Test
	void catchesUpOnEverythingMissedWhileDownAsOfEachStorysTime() {
		Long first = scheduled("First", Duration.ofHours(1));
		Long second = scheduled("Second", Duration.ofHours(2));
		Long embargoed = this.editorial.create(this.newsroom.complete("Embargoed"));
		this.editorial.embargo(embargoed, this.clock.instant().plus(Duration.ofHours(3)));
		Long later = scheduled("Later", Duration.ofDays(2));
		this.clock.advance(Duration.ofHours(10));
		this.job.run();
		assertThat(stored(first).getPublishedAt()).isEqualTo(MutableClock.START.plus(Duration.ofHours(1)));
		assertThat(stored(second).getPublishedAt()).isEqualTo(MutableClock.START.plus(Duration.ofHours(2)));
		assertThat(stored(embargoed).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(stored(later).getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(this.events.stream(ArticlePublished.class)).extracting(ArticlePublished::articleId)
			.containsExactly(first, second, embargoed);
	}

	@Test
	void releaseLeavesAStoryAnotherRunAlreadyReleasedAlone() {
		Long id = scheduled("Pact alarms Seoul", Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(5));
		Instant now = this.clock.instant();
		List<DueRelease> seenByBothNodes = this.repository.findDue(now, Limit.of(10));
		assertThat(seenByBothNodes).extracting(DueRelease::id).contains(id);
		assertThat(this.repository.release(id, now)).isEqualTo(1);
		assertThat(this.repository.release(id, now)).isZero();
		assertThat(this.repository.release(id, now.plusSeconds(60))).isZero();
	}

	@Test
	void skipsTheRunWhileAnotherNodeHoldsTheLock() {
		Long id = scheduled("Pact alarms Seoul", Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(5));
		TransactionTemplate separately = new TransactionTemplate(this.transactionManager);
		separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		separately.executeWithoutResult((status) -> {
			if (this.jdbc
				.sql("update shedlock set lock_until = current_timestamp + interval '1' hour,"
						+ " locked_by = 'another-node' where name = 'article-release'")
				.update() == 0) {
				this.jdbc
					.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values ('article-release',"
							+ " current_timestamp + interval '1' hour, current_timestamp, 'another-node')")
					.update();
			}
		});
		try {
			this.job.run();
			assertThat(stored(id).getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
		}
		finally {
			separately.executeWithoutResult((status) -> this.jdbc.sql(
					"update shedlock set lock_until = current_timestamp - interval '1' minute where name = 'article-release'")
				.update());
		}
		this.job.run();
		assertThat(stored(id).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void releaseIgnoresAStoryUnpublishedBeforeItsTime() {
		Long id = scheduled("Pulled story", Duration.ofMinutes(5));
		this.editorial.unpublish(id);
		this.clock.advance(Duration.ofHours(1));
		this.job.run();
		assertThat(stored(id).getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(this.events.stream(ArticlePublished.class)).isEmpty();
	}

	@Test
	void embargoedStoryIsAbsentFromEveryPublicSurfaceUntilTheLift() {
		Story neighbour = this.data.story("Neighbour", this.newsroom.world, this.newsroom.tarun, Duration.ofHours(1),
				"North Korea");
		Long id = this.editorial.create(this.newsroom.complete("Embargoed report"));
		ArticleEdit withWire = this.newsroom.complete("Embargoed report");
		this.editorial.update(id,
				new ArticleEdit(withWire.headline(), withWire.deck(), withWire.datelineCity(),
						withWire.datelineCountry(), withWire.body(), withWire.sectionSlug(), withWire.tags(),
						withWire.bylines(), List.of(this.newsroom.staff, this.newsroom.wire), "", "", "", "", "", "",
						"", true, stored(id).getVersion()));
		Instant lift = this.clock.instant().plus(Duration.ofHours(6));
		this.editorial.embargo(id, lift);
		String slug = stored(id).getSlug();

		assertHidden(id, slug, neighbour);
		this.clock.set(lift.minusSeconds(1));
		this.job.run();
		assertHidden(id, slug, neighbour);

		this.clock.set(lift);
		this.job.run();
		assertThat(this.articles.lookup(slug)).isInstanceOf(ArticleLookup.Found.class);
		assertThat(surfaces(neighbour)).allSatisfy((ids) -> assertThat(ids).contains(id));
		assertThat(this.articles.commentTarget(id, Duration.ZERO).acceptingComments()).isTrue();
	}

	private void assertHidden(Long id, String slug, Story neighbour) {
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.articles.lookup(slug));
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> this.articles.commentTarget(id, Duration.ZERO));
		assertThat(surfaces(neighbour)).allSatisfy((ids) -> assertThat(ids).doesNotContain(id));
	}

	/**
	 * The story ids on each public surface: home, every list, the neighbour's related
	 * stories.
	 */
	private List<List<Long>> surfaces(Story neighbour) {
		FrontPage front = this.articles.frontPage("en");
		List<Long> home = new java.util.ArrayList<>();
		if (front.lead() != null) {
			home.add(front.lead().id());
		}
		front.latest().cards().forEach((card) -> home.add(card.id()));
		front.sections().forEach((block) -> block.cards().forEach((card) -> home.add(card.id())));
		ArticleView neighbourPage = ((ArticleLookup.Found) this.articles.lookup(neighbour.slug())).article();
		return List.of(home, ids(StoryList.all()), ids(StoryList.section(this.newsroom.world.id())),
				ids(StoryList.author(this.authors.bySlug(this.newsroom.tarun).id())),
				ids(StoryList.tag(this.tags.bySlug("north-korea").id())),
				ids(StoryList.source(this.sources.bySlug(this.newsroom.wire).id())),
				neighbourPage.related().stream().map(ArticleCard::id).toList());
	}

	private List<Long> ids(StoryList list) {
		return this.articles.list(list, null, null).cards().stream().map(ArticleCard::id).toList();
	}

}
