package news.dateline.article;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each edition's lists hold the stories of its language only, and a story's page knows
 * its language and its translations.
 */
@DatabaseTest
class EditionListsTests {

	@Autowired
	ArticleService articles;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	SectionView world;

	String author;

	Story english;

	Story spanish;

	/**
	 * Where this class's newsroom works: years after the shared clock's start, so its own
	 * stories are the newest on the shared test database's fronts, whatever stories other
	 * classes left there.
	 */
	static final Instant LATER = MutableClock.START.plus(Duration.ofDays(3700));

	@BeforeEach
	void setUp() {
		this.clock.set(LATER);
		this.world = this.data.section("World");
		this.author = this.data.author("María José Núñez", "news");
		this.english = this.data.story("Pact alarms Seoul", this.world, this.author, Duration.ofHours(2), "pact");
		this.spanish = this.data.story("«El pacto» alarma a Seúl — y a Tokio", this.world, this.author,
				Duration.ofHours(1), "pact");
		translate(this.spanish, "es", this.english);
	}

	private void translate(Story story, String language, Story original) {
		this.entityManager.flush();
		this.jdbc.sql("update article set language = ?, translation_group = ?, dateline_city = ? where id = ?")
			.params(language, original.id(), "Seúl", story.id())
			.update();
		this.jdbc.sql("update article set translation_group = ? where id = ?")
			.params(original.id(), original.id())
			.update();
		this.entityManager.clear();
	}

	@Test
	void eachEditionsHomeAndListsShowItsOwnLanguageOnly() {
		FrontPage englishHome = this.articles.frontPage("en");
		assertThat(englishHome.lead().id()).isEqualTo(this.english.id());
		assertThat(englishHome.featured()).extracting(ArticleCard::id).doesNotContain(this.spanish.id());
		FrontPage spanishHome = this.articles.frontPage("es");
		assertThat(spanishHome.lead().id()).isEqualTo(this.spanish.id());
		assertThat(spanishHome.featured()).extracting(ArticleCard::id).doesNotContain(this.english.id());
		assertThat(spanishHome.sections()).flatExtracting(FrontPage.SectionBlock::cards)
			.extracting(ArticleCard::id)
			.doesNotContain(this.english.id());
		// other classes' stories may be on the shared database, older than these
		assertThat(this.articles.list(StoryList.all().in("es"), null, null).cards()).extracting(ArticleCard::id)
			.startsWith(this.spanish.id())
			.doesNotContain(this.english.id());
		assertThat(this.articles.list(StoryList.section(this.world.id()).in("en"), null, null).cards())
			.extracting(ArticleCard::id)
			.startsWith(this.english.id())
			.doesNotContain(this.spanish.id());
		assertThat(this.articles.sectionFront(this.world.id(), "es")).extracting(ArticleCard::id)
			.startsWith(this.spanish.id())
			.doesNotContain(this.english.id());
		assertThat(this.articles.list(StoryList.all(), null, null).cards()).as("every language")
			.extracting(ArticleCard::id)
			.startsWith(this.spanish.id(), this.english.id());
	}

	@Test
	void relatedAndMostReadStoriesAreOfTheStorysLanguage() {
		Story otherSpanish = this.data.story("Corea del Sur responde al pacto", this.world, this.author,
				Duration.ofHours(3), "pact");
		translate(otherSpanish, "es", otherSpanish);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (Story story : new Story[] { this.english, this.spanish, otherSpanish }) {
			this.jdbc.sql("insert into article_view_count (view_date, article_id, views) values (?, ?, ?)")
				.params(today, story.id(), 10 + story.id())
				.update();
		}
		ArticleView page = ((ArticleLookup.Found) this.articles.lookup(this.spanish.slug())).article();
		assertThat(page.related()).extracting(ArticleCard::id).containsExactly(otherSpanish.id());
		assertThat(this.articles.mostRead(2, 5, "es")).extracting(ArticleCard::id)
			.containsExactly(otherSpanish.id(), this.spanish.id());
		assertThat(this.articles.mostRead(2, 5, "en")).extracting(ArticleCard::id).containsExactly(this.english.id());
	}

	@Test
	void aStoryPageKnowsItsLanguageItsDatelineStyleAndItsTranslations() {
		ArticleView spanishPage = ((ArticleLookup.Found) this.articles.lookup(this.spanish.slug())).article();
		assertThat(spanishPage.language()).isEqualTo("es");
		assertThat(spanishPage.datelineLabel()).isEqualTo("SEÚL.-");
		assertThat(spanishPage.translations())
			.containsExactly(new ArticleTranslation("en", this.english.slug(), true, true));
		ArticleView englishPage = ((ArticleLookup.Found) this.articles.lookup(this.english.slug())).article();
		assertThat(englishPage.language()).isEqualTo("en");
		assertThat(englishPage.liveTranslations())
			.containsExactly(new ArticleTranslation("es", this.spanish.slug(), true, false));
		this.data.unpublish(this.spanish);
		this.entityManager.flush();
		this.entityManager.clear();
		ArticleView alone = ((ArticleLookup.Found) this.articles.lookup(this.english.slug())).article();
		assertThat(alone.translations()).extracting(ArticleTranslation::published).containsExactly(false);
		assertThat(alone.liveTranslations()).as("an unpublished translation is not linked").isEmpty();
	}

	@Test
	void aTranslatedStoryCostsOneStatementMoreAndAStoryWithoutNone() {
		Story alone = this.data.story("A story of its own", this.world, this.author, Duration.ofHours(4), "pact");
		long withoutTranslations = statementsToRead(alone);
		long withTranslations = statementsToRead(this.english);
		assertThat(withTranslations).isEqualTo(withoutTranslations + 1);
	}

	private long statementsToRead(Story story) {
		this.entityManager.flush();
		this.entityManager.clear();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.articles.lookup(story.slug());
		return statistics.getPrepareStatementCount();
	}

}
