package news.dateline.article;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.system.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Fronts against the real schema: pinned stories take their slots, the newest others fill
 * the rest, no story shows twice on a page, and pins are audited and released when their
 * story is unpublished.
 */
@DatabaseTest
class FrontPinsTests {

	@Autowired
	FrontPins pins;

	@Autowired
	ArticleService articles;

	@Autowired
	EditorialService editorial;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	SectionView world;

	SectionView cultura;

	String author;

	List<Story> stories = new ArrayList<>();

	/**
	 * Where this class's newsroom works: years after the shared clock's start, so its own
	 * stories are the newest on the shared test database's fronts, whatever stories other
	 * classes left there.
	 */
	static final Instant LATER = MutableClock.START.plus(Duration.ofDays(3653));

	@BeforeEach
	void setUp() {
		this.clock.set(LATER);
		this.world = this.data.section("World");
		this.cultura = this.data.section("Cultura");
		this.author = this.data.author("김민준 Kim", "politics");
		for (int i = 0; i < 20; i++) {
			this.stories.add(this.data.story("Story " + i + " — «día» 🗞", (i % 2 == 0) ? this.world : this.cultura,
					this.author, Duration.ofMinutes(5 + i * 37)));
		}
		this.staff.signIn(Role.EDITOR);
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
		this.clock.reset();
	}

	@Test
	void unpinnedFrontIsNewestFirstAndNoStoryShowsTwice() {
		FrontPage front = this.articles.frontPage("en");
		assertThat(front.lead().headline()).startsWith("Story 0 ");
		assertThat(front.featured()).extracting(ArticleCard::headline)
			.allSatisfy((headline) -> assertThat(headline).matches("Story [123] .*"));
		assertThat(ids(front)).doesNotHaveDuplicates();
	}

	@Test
	void aPinnedStoryBecomesTheLeadAndTheOthersMoveDown() {
		Story old = this.stories.get(17);
		this.pins.pin(null, 1, old.id());
		this.pins.pin(null, 3, this.stories.get(12).id());
		FrontPage front = this.articles.frontPage("en");
		assertThat(front.lead().id()).isEqualTo(old.id());
		assertThat(front.featured()).extracting(ArticleCard::id)
			.containsExactly(this.stories.get(0).id(), this.stories.get(12).id(), this.stories.get(1).id());
		assertThat(ids(front)).doesNotHaveDuplicates();
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'front.pin' and subject_id in (?, ?)")
			.params(String.valueOf(old.id()), String.valueOf(this.stories.get(12).id()))
			.query(Long.class)
			.single()).isEqualTo(2);

		this.pins.pin(null, 2, old.id());
		FrontPage moved = this.articles.frontPage("en");
		assertThat(moved.lead().id()).isEqualTo(this.stories.get(0).id());
		assertThat(moved.featured().get(0).id()).isEqualTo(old.id());

		this.pins.unpin(null, 2);
		FrontPage unpinned = this.articles.frontPage("en");
		assertThat(Stream.concat(Stream.of(unpinned.lead()), unpinned.featured().stream()).map(ArticleCard::id))
			.doesNotContain(old.id());
		assertThat(ids(unpinned)).contains(old.id()).doesNotHaveDuplicates();
	}

	@Test
	void unpublishingAStoryReleasesItsPins() {
		Story old = this.stories.get(17);
		this.pins.pin(null, 1, old.id());
		this.pins.pin(this.cultura.id(), 1, old.id());
		this.editorial.unpublish(old.id());
		this.entityManager.flush();
		assertThat(this.jdbc.sql("select count(*) from front_pin").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'front.release' and subject_id = ?")
			.param(String.valueOf(old.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.articles.frontPage("en").lead().id()).isEqualTo(this.stories.get(0).id());
		assertThat(this.articles.sectionFront(this.cultura.id(), "en")).extracting(ArticleCard::id)
			.doesNotContain(old.id());
	}

	@Test
	void aSectionFrontTakesOnlyItsOwnLiveStoriesAndItsListDoesNotRepeatThem() {
		Story cultural = this.stories.get(19);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.pins.pin(this.cultura.id(), 1, this.stories.get(0).id()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("front.story.other-section"));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.pins.pin(null, 5, cultural.id()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("front.slot.invalid"));
		Story later = this.data.scheduled("Not yet", this.cultura, this.author, Duration.ofHours(2));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.pins.pin(null, 1, later.id()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("front.story.not-live"));

		this.pins.pin(this.cultura.id(), 1, cultural.id());
		List<ArticleCard> front = this.articles.sectionFront(this.cultura.id(), "en");
		assertThat(front.get(0).id()).isEqualTo(cultural.id());
		CardPage page = this.articles.sectionPage(this.cultura.id(), "en", front, null, null);
		List<Long> all = Stream.concat(front.stream(), page.cards().stream()).map(ArticleCard::id).toList();
		assertThat(all).doesNotHaveDuplicates().hasSize(10);
	}

	@Test
	void contributorsCannotPin() {
		this.staff.signIn(Role.CONTRIBUTOR);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.pins.pin(null, 1, this.stories.get(3).id()));
		assertThat(this.jdbc.sql("select count(*) from front_pin").query(Long.class).single()).isZero();
	}

	private static List<Long> ids(FrontPage front) {
		List<Long> ids = new ArrayList<>();
		ids.add(front.lead().id());
		front.featured().forEach((card) -> ids.add(card.id()));
		front.latest().cards().forEach((card) -> ids.add(card.id()));
		front.sections().forEach((block) -> block.cards().forEach((card) -> ids.add(card.id())));
		return ids;
	}

}
