package news.dateline.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.comment.CommentService;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class ArticleServiceTests {

	@Autowired
	ArticleService articles;

	@Autowired
	CommentService comments;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	SectionView world;

	String author;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.world = this.data.section("World");
		this.author = this.data.author("Tarun Kumar", "news", "showbiz");
	}

	@Test
	void findsLiveStoryWithItsBylinesAndDateline() {
		Story story = this.data.story("Pact alarms Seoul", this.world, this.author, Duration.ofHours(1), "north-korea");
		ArticleLookup lookup = this.articles.lookup(story.slug());
		assertThat(lookup).isInstanceOf(ArticleLookup.Found.class);
		ArticleView view = ((ArticleLookup.Found) lookup).article();
		assertThat(view.headline()).isEqualTo("Pact alarms Seoul");
		assertThat(view.datelineLabel()).isEqualTo("SEOUL.-");
		assertThat(view.bodyHtml()).startsWith("<p><span class=\"dateline\">SEOUL.-</span> First paragraph");
		assertThat(view.bylines()).extracting("name").containsExactly("Tarun Kumar");
		assertThat(view.bylines().get(0).beats()).containsExactly("news", "showbiz");
		assertThat(view.tags()).extracting("slug").containsExactly("north-korea");
	}

	@Test
	void hidesStoryScheduledForLater() {
		Story story = this.data.story("Not yet", this.world, this.author, Duration.ofHours(-2));
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.articles.lookup(story.slug()));
		this.clock.advance(Duration.ofHours(3));
		assertThat(this.articles.lookup(story.slug())).isInstanceOf(ArticleLookup.Found.class);
	}

	@Test
	void redirectsWronglyCasedSlugToTheCanonicalOne() {
		Story story = this.data.story("Case matters", this.world, this.author, Duration.ofHours(1));
		assertThat(this.articles.lookup(story.slug().toUpperCase())).isEqualTo(new ArticleLookup.MovedTo(story.slug()));
	}

	@Test
	void answersNotFoundForUnknownSlug() {
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> this.articles.lookup("no-such-story"));
	}

	@Test
	void pagesSectionStoriesNewestFirstByCursor() {
		List<Story> stories = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			stories.add(this.data.story("Story " + i, this.world, this.author, Duration.ofHours(i + 1)));
		}
		StoryList list = StoryList.section(this.world.id());
		CardPage first = this.articles.list(list, null, null);
		assertThat(first.cards()).extracting(ArticleCard::headline)
			.containsExactly("Story 0", "Story 1", "Story 2", "Story 3", "Story 4", "Story 5", "Story 6", "Story 7",
					"Story 8", "Story 9", "Story 10", "Story 11");
		assertThat(first.newerCursor()).isNull();
		CardPage second = this.articles.list(list, first.olderCursor(), null);
		assertThat(second.cards().get(0).headline()).isEqualTo("Story 12");
		assertThat(second.newerCursor()).isNotNull();
		CardPage third = this.articles.list(list, second.olderCursor(), null);
		assertThat(third.cards()).extracting(ArticleCard::headline).hasSize(6).endsWith("Story 29");
		assertThat(third.olderCursor()).isNull();
		CardPage back = this.articles.list(list, null, third.newerCursor());
		assertThat(back.cards()).isEqualTo(second.cards());
	}

	@Test
	void ignoresMalformedCursor() {
		this.data.story("Only story", this.world, this.author, Duration.ofHours(1));
		assertThat(this.articles.list(StoryList.section(this.world.id()), "'; drop table article; --", null).cards())
			.extracting(ArticleCard::headline)
			.containsExactly("Only story");
	}

	@Test
	void listsNeverLoadArticleEntitiesOrBodies() {
		for (int i = 0; i < 5; i++) {
			this.data.story("Story " + i, this.world, this.author, Duration.ofHours(i + 1));
		}
		this.entityManager.flush();
		this.entityManager.clear();
		Statistics statistics = statistics();
		statistics.clear();
		CardPage page = this.articles.list(StoryList.section(this.world.id()), null, null);
		assertThat(page.cards()).hasSize(5);
		assertThat(statistics.getEntityLoadCount()).isZero();
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
	}

	@Test
	void articlePageRunsTheSameFewStatementsWhateverTheNumberOfComments() {
		Story few = storyWithComments("Few comments", 20);
		Story many = storyWithComments("Many comments", 200);
		long fewStatements = statementsToRender(few);
		long manyStatements = statementsToRender(many);
		assertThat(manyStatements).isEqualTo(fewStatements);
		assertThat(fewStatements).isLessThanOrEqualTo(7);
	}

	private Story storyWithComments(String headline, int count) {
		Story story = this.data.story(headline, this.world, this.author, Duration.ofHours(2), "pact");
		Long parent = null;
		for (int i = 0; i < count; i++) {
			Long id = this.data.approvedComment(story, (i % 4 == 0) ? null : parent, "Reader " + i, "Comment " + i);
			parent = (i % 4 == 0) ? id : parent;
		}
		return story;
	}

	private long statementsToRender(Story story) {
		this.entityManager.flush();
		this.entityManager.clear();
		Statistics statistics = statistics();
		statistics.clear();
		ArticleView view = ((ArticleLookup.Found) this.articles.lookup(story.slug())).article();
		this.comments.thread(view.id(), List.of());
		return statistics.getPrepareStatementCount();
	}

	private Statistics statistics() {
		return this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

}
