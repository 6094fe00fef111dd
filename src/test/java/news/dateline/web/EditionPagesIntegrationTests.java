package news.dateline.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The editions as readers meet them, through every filter: each edition's pages at its
 * own paths, in its language, with its own stories, linked to the other edition's, and
 * kept apart in the page cache.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "dateline.cache.pages.enabled=true", "dateline.site.base-url=https://news.example" })
class EditionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	PageCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	private SectionView section;

	private String author;

	private Story english;

	private Story spanish;

	private String tag;

	@BeforeEach
	void twoEditionsOfOneStory() {
		this.clock.reset();
		this.cache.evictAll();
		this.section = this.data.section("Mundo");
		this.author = this.data.author("José Ñúñez", "news");
		this.tag = TestData.uniqueSlug("corea");
		String wire = this.data.wire("AP");
		this.english = this.data.story("Pact alarms Seoul", this.section, this.author, List.of(wire),
				Duration.ofHours(2), this.tag);
		this.spanish = this.data.story("«El pacto» alarma a Seúl — y a Tokio", this.section, this.author, List.of(wire),
				Duration.ofHours(1), this.tag);
		this.entityManager.flush();
		this.jdbc.sql("update article set language = 'es', translation_group = ?, dateline_city = 'Seúl' where id = ?")
			.params(this.english.id(), this.spanish.id())
			.update();
		this.jdbc.sql("update article set translation_group = id where id = ?").params(this.english.id()).update();
		this.entityManager.clear();
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		return this.mvc.perform(get(url).header("User-Agent", HttpCachingIntegrationTests.BROWSER))
			.andReturn()
			.getResponse();
	}

	@Test
	void aSpanishStoryIsServedInSpanishAtItsEditionsPath() throws Exception {
		MockHttpServletResponse page = fetch("/es" + this.spanish.url());
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("<html lang=\"es\"")
			.contains("«El pacto» alarma a Seúl — y a Tokio")
			.contains("20 de junio de 2026")
			.contains("Con información de AP")
			.contains(">Fuente:<")
			.contains("<link rel=\"canonical\" href=\"https://news.example/es" + this.spanish.url() + "\">")
			.contains("\"inLanguage\":\"es\"")
			.contains("\"translationOfWork\":{\"@type\":\"NewsArticle\",\"url\":\"https://news.example"
					+ this.english.url() + "\",\"inLanguage\":\"en\"}");
		assertThat(html).contains(
				"<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example" + this.english.url() + "\">",
				"<link rel=\"alternate\" hreflang=\"es\" href=\"https://news.example/es" + this.spanish.url() + "\">",
				"<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example" + this.english.url()
						+ "\">",
				"<a href=\"" + this.english.url() + "\" lang=\"en\" hreflang=\"en\">Read in English</a>");
		assertThat(html).as("its links stay in the edition, its style sheet does not")
			.contains("href=\"/es/sections/" + this.section.slug() + "\"")
			.contains("action=\"/es/articles/" + this.spanish.slug() + "/comments\"")
			.containsPattern("href=\"/css/site-[0-9a-f]+\\.css\"")
			.doesNotContain("href=\"/es/css/");
	}

	@Test
	void theSpanishEditionNamesSectionsTagsAndBiosInSpanishAndFeedsItsOwnStories() throws Exception {
		String slug = TestData.uniqueSlug("mundo-es");
		this.jdbc
			.sql("insert into section_translation (section_id, language, name, slug, description)"
					+ " values (?, 'es', 'Internacional «Mundo»', ?, 'Asuntos internacionales — y diplomacia')")
			.params(this.section.id(), slug)
			.update();
		this.jdbc
			.sql("insert into tag_translation (tag_id, language, name, slug)"
					+ " select id, 'es', 'Península coreana 🇰🇷', ? from tag where slug = ?")
			.params(TestData.uniqueSlug("peninsula"), this.tag)
			.update();
		this.jdbc.sql("insert into author_bio (author_id, language, bio)"
				+ " select id, 'es', 'Corresponsal en Seúl; escribe sobre «la península».' from author where slug = ?")
			.param(this.author)
			.update();

		String story = fetch("/es" + this.spanish.url()).getContentAsString();
		assertThat(story).contains("Internacional «Mundo»")
			.contains("Península coreana 🇰🇷")
			.contains("Corresponsal en Seúl; escribe sobre «la península».")
			.contains("href=\"/es/feed.atom\"");
		assertThat(fetch("/es/sections/" + slug).getContentAsString()).contains("<h1>Internacional «Mundo»</h1>")
			.contains("«El pacto» alarma a Seúl — y a Tokio")
			.doesNotContain("Pact alarms Seoul");
		assertThat(fetch("/sections/" + this.section.slug()).getContentAsString())
			.doesNotContain("Internacional «Mundo»");

		String feed = fetch("/es/sections/" + slug + "/feed.atom").getContentAsString();
		assertThat(feed).contains("Internacional «Mundo»")
			.contains("https://news.example/es" + this.spanish.url())
			.doesNotContain(this.english.url() + "\"");
		String englishFeed = fetch("/sections/" + this.section.slug() + "/feed.atom").getContentAsString();
		assertThat(englishFeed).contains("https://news.example" + this.english.url())
			.doesNotContain(this.spanish.slug());
		assertThat(fetch("/es/feed.atom").getContentAsString()).contains("https://news.example/es" + this.spanish.url())
			.doesNotContain("https://news.example" + this.english.url());
	}

	@Test
	void theEnglishStoryLinksToItsTranslationAndNamesIt() throws Exception {
		String html = fetch(this.english.url()).getContentAsString();
		assertThat(html).contains("<html lang=\"en\"")
			.contains("20 June 2026")
			.contains("With information from AP")
			.contains("\"inLanguage\":\"en\"")
			.contains("\"workTranslation\":[{\"@type\":\"NewsArticle\",\"url\":\"https://news.example/es"
					+ this.spanish.url() + "\",\"inLanguage\":\"es\"}]")
			.contains("<a href=\"/es" + this.spanish.url() + "\" lang=\"es\" hreflang=\"es\">Leer en español</a>");
	}

	@Test
	void aStoryAskedForInTheOtherEditionMovesToItsOwn() throws Exception {
		MockHttpServletResponse spanishAtEnglish = fetch(this.spanish.url() + "?replytocom=3");
		assertThat(spanishAtEnglish.getStatus()).isEqualTo(301);
		assertThat(spanishAtEnglish.getHeader("Location")).isEqualTo("/es" + this.spanish.url() + "?replytocom=3");
		MockHttpServletResponse englishAtSpanish = fetch("/es" + this.english.url());
		assertThat(englishAtSpanish.getStatus()).isEqualTo(301);
		assertThat(englishAtSpanish.getHeader("Location")).isEqualTo(this.english.url());
	}

	@Test
	void eachEditionsHomeAndListsShowItsOwnStoriesAndPointToTheOtherEditions() throws Exception {
		for (String list : List.of("", "/latest", "/sections/" + this.section.slug(), "/tags/" + this.tag,
				"/authors/" + this.author)) {
			String english = fetch(list.isEmpty() ? "/" : list).getContentAsString();
			String spanish = fetch("/es" + list).getContentAsString();
			assertThat(english).as(list).contains("Pact alarms Seoul").doesNotContain("alarma a Seúl");
			assertThat(spanish).as(list).contains("alarma a Seúl").doesNotContain("Pact alarms Seoul");
			assertThat(spanish).as(list)
				.contains("<html lang=\"es\"")
				.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example"
						+ (list.isEmpty() ? "/" : list) + "\">")
				.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://news.example/es" + list + "\">")
				.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example"
						+ (list.isEmpty() ? "/" : list) + "\">")
				.contains("lang=\"en\" hreflang=\"en\">Read in English</a>")
				.contains("href=\"/es/articles/" + this.spanish.slug() + "\"");
			assertThat(english).as(list)
				.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://news.example/es" + list + "\">")
				.contains("lang=\"es\" hreflang=\"es\">Leer en español</a>");
		}
	}

	@Test
	void theCacheKeepsEachEditionsPageApartAndTheHomePageDoesNotVaryByLanguage() throws Exception {
		assertThat(fetch("/").getHeader(PublicPageFilter.CACHE_STATUS)).isEqualTo("MISS");
		assertThat(fetch("/es").getHeader(PublicPageFilter.CACHE_STATUS)).isEqualTo("MISS");
		MockHttpServletResponse english = this.mvc
			.perform(get("/").header("User-Agent", HttpCachingIntegrationTests.BROWSER)
				.header("Accept-Language", "es-MX,es;q=0.9"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse spanish = fetch("/es");
		assertThat(english.getHeader(PublicPageFilter.CACHE_STATUS)).isEqualTo("HIT");
		assertThat(spanish.getHeader(PublicPageFilter.CACHE_STATUS)).isEqualTo("HIT");
		assertThat(english.getContentAsString()).contains("<html lang=\"en\"")
			.contains("<p class=\"edition-suggest\" hidden lang=\"es\" data-edition-lang=\"es\">")
			.contains("Esta página también está disponible en español.");
		assertThat(spanish.getContentAsString()).contains("<html lang=\"es\"");
		assertThat(english.getHeaders("Vary")).noneMatch((vary) -> vary.contains("Accept-Language"));
		assertThat(fetch("/es/latest?before=junk").getStatus()).isEqualTo(200);
	}

	@Test
	void nothingButReaderPagesLivesUnderAnEditionsPrefix() throws Exception {
		assertThat(fetch("/es/admin").getStatus()).isEqualTo(404);
		assertThat(fetch("/es/admin/articles").getStatus()).isEqualTo(404);
		assertThat(fetch("/es/corrections").getStatus()).isEqualTo(404);
	}

}
