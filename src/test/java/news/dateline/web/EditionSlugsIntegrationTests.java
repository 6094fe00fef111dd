package news.dateline.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleService;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.Xml;
import news.dateline.system.Slugs;
import news.dateline.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Sections and tags addressed by their slugs in the Spanish edition: their pages and
 * feeds there, the 301s from the other edition's slug, every link the edition renders to
 * them, and a slug changed in the admin.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "dateline.cache.pages.enabled=true", "dateline.site.base-url=https://news.example" })
class EditionSlugsIntegrationTests {

	static final String BASE = "https://news.example";

	/** Far from other classes' stories, so this class's are the newest in its lists. */
	static final Instant LATER = MutableClock.START.plus(Duration.ofDays(3947));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	PageCache cache;

	@Autowired
	SectionService sections;

	@Autowired
	TagService tags;

	@Autowired
	ArticleService articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	private SectionView politics;

	private String politica;

	private String economy;

	private String economia;

	private String seoul;

	private String seulEs;

	private Story english;

	private Story spanish;

	@BeforeEach
	void sectionsAndTagsNamedInSpanish() {
		this.clock.set(LATER);
		this.cache.evictAll();
		this.politics = this.data.section("Politics");
		this.politica = TestData.uniqueSlug("política");
		this.sections.loadTranslation(this.politics.slug(), "es", "Política — «España»", this.politica,
				"La política de España y del mundo.");
		this.economy = TestData.uniqueSlug("economy");
		this.economia = TestData.uniqueSlug("economía-españa");
		String seoulName = "서울 🌏 " + TestData.unique("x");
		this.seoul = Slugs.of(seoulName);
		this.seulEs = TestData.uniqueSlug("seúl");
		String author = this.data.author("Iñaki Muñoz", this.politics.slug(), "economía");
		this.english = this.data.story("Budget talks stall in Madrid", this.politics, author, Duration.ofHours(2),
				this.economy, seoulName);
		Story spanish = this.data.storyIn("es", "Se estancan las negociaciones del presupuesto", "Primer párrafo.",
				this.politics, author, Duration.ofHours(1));
		this.spanish = spanish;
		this.articles.linkTranslation(this.english.id(), spanish.id());
		this.entityManager.flush();
		this.jdbc.sql("insert into article_tag (article_id, tag_id) select ?, id from tag where slug in (?, ?)")
			.params(spanish.id(), this.economy, this.seoul)
			.update();
		this.entityManager.clear();
		this.tags.loadTranslation(this.economy, "es", "Economía de España", this.economia);
		this.tags.loadTranslation(this.seoul, "es", "서울 🌏 Seúl", this.seulEs);
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		return this.mvc.perform(get(url).header("User-Agent", HttpCachingIntegrationTests.BROWSER))
			.andReturn()
			.getResponse();
	}

	private String page(String url) throws Exception {
		MockHttpServletResponse response = fetch(url);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void theSpanishSectionPageIsAtItsSpanishSlugAndNamesItsEnglishVersion() throws Exception {
		String html = page("/es/sections/" + this.politica);
		assertThat(html).contains("<h1>Política — «España»</h1>")
			.contains("<link rel=\"canonical\" href=\"" + BASE + "/es/sections/" + this.politica + "\">")
			.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "/sections/" + this.politics.slug()
					+ "\">")
			.contains(
					"<link rel=\"alternate\" hreflang=\"es\" href=\"" + BASE + "/es/sections/" + this.politica + "\">")
			.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE + "/sections/"
					+ this.politics.slug() + "\">")
			.contains("<a href=\"/sections/" + this.politics.slug()
					+ "\" lang=\"en\" hreflang=\"en\">Read in English</a>")
			.contains("href=\"/es/sections/" + this.politica + "/feed.atom\"")
			.doesNotContain("/es/sections/" + this.politics.slug() + "\"");
		assertThat(page("/sections/" + this.politics.slug())).contains(
				"<a href=\"/es/sections/" + this.politica + "\" lang=\"es\" hreflang=\"es\">Leer en español</a>",
				"<link rel=\"alternate\" hreflang=\"es\" href=\"" + BASE + "/es/sections/" + this.politica + "\">");
	}

	@Test
	void theSpanishTagPagesAreAtTheirSpanishSlugsWhateverTheScriptOfTheirNames() throws Exception {
		assertThat(this.seoul).startsWith("seoul-");
		String html = page("/es/tags/" + this.seulEs);
		assertThat(html).contains("<h1>서울 🌏 Seúl</h1>")
			.doesNotContain("Budget talks stall in Madrid")
			.contains("Se estancan las negociaciones del presupuesto")
			.contains("<link rel=\"canonical\" href=\"" + BASE + "/es/tags/" + this.seulEs + "\">")
			.contains("<a href=\"/tags/" + this.seoul + "\" lang=\"en\" hreflang=\"en\">Read in English</a>");
		assertThat(page("/tags/" + this.economy))
			.contains("<a href=\"/es/tags/" + this.economia + "\" lang=\"es\" hreflang=\"es\">Leer en español</a>");
	}

	@Test
	void anotherEditionsSlugAnswers301ToTheSlugOfTheEditionAsked() throws Exception {
		assertMoved("/es/sections/" + this.politics.slug() + "?before=abc",
				"/es/sections/" + this.politica + "?before=abc");
		assertMoved("/sections/" + this.politica, "/sections/" + this.politics.slug());
		assertMoved("/es/tags/" + this.economy, "/es/tags/" + this.economia);
		assertMoved("/tags/" + this.economia, "/tags/" + this.economy);
		assertMoved("/es/sections/" + this.politics.slug() + "/feed.atom",
				"/es/sections/" + this.politica + "/feed.atom");
		assertMoved("/es/tags/" + this.economy + "/feed.rss", "/es/tags/" + this.economia + "/feed.rss");
		assertMoved("/sections/" + this.politica + "/feed.atom", "/sections/" + this.politics.slug() + "/feed.atom");
		assertThat(fetch("/es/sections/" + TestData.uniqueSlug("nada")).getStatus()).isEqualTo(404);
		assertThat(fetch("/es/tags/" + TestData.uniqueSlug("nada") + "/feed.atom").getStatus()).isEqualTo(404);
		SectionView untranslated = this.data.section("Weather");
		assertThat(fetch("/es/sections/" + untranslated.slug()).getStatus()).as("no Spanish slug: the English one")
			.isEqualTo(200);
	}

	private void assertMoved(String from, String to) throws Exception {
		MockHttpServletResponse response = fetch(from);
		assertThat(response.getStatus()).as(from).isEqualTo(301);
		assertThat(response.getHeader("Location")).as(from).isEqualTo(to);
	}

	@Test
	void everyLinkTheSpanishEditionRendersToASectionOrTagUsesItsSpanishSlug() throws Exception {
		String story = page("/es" + this.spanish.url());
		assertThat(story).contains("<a href=\"/es/sections/" + this.politica + "\">Política — «España»</a>")
			.contains("<a rel=\"tag\" href=\"/es/tags/" + this.economia + "\">Economía de España</a>")
			.contains("<a rel=\"tag\" href=\"/es/tags/" + this.seulEs + "\">서울 🌏 Seúl</a>")
			.doesNotContain("tags/" + this.economy + "\"")
			.contains("\"item\":\"" + BASE + "/es/sections/" + this.politica + "\"")
			.doesNotContain("sections/" + this.politics.slug())
			.as("a beat naming a section is named as the edition names it")
			.contains("Me especializo en temas como política — «españa», economía y más.");
		String home = page("/es");
		assertThat(home).contains("href=\"/es/sections/" + this.politica + "\"")
			.doesNotContain("/es/sections/" + this.politics.slug() + "\"");
		String latest = page("/es/latest");
		assertThat(latest).contains("<a href=\"/es/sections/" + this.politica + "\">Política — «España»</a>");
		String englishStory = page(this.english.url());
		assertThat(englishStory).contains("href=\"/tags/" + this.economy + "\"")
			.contains("href=\"/sections/" + this.politics.slug() + "\"");

		String feed = page("/es/sections/" + this.politica + "/feed.atom");
		assertThat(feed).contains("href=\"" + BASE + "/es/sections/" + this.politica + "\"")
			.contains("term=\"Política — «España»\"")
			.contains("term=\"Economía de España\"");
		assertThat(page("/es/sitemaps/tags.xml")).contains(BASE + "/es/tags/" + this.economia + "<",
				BASE + "/es/tags/" + this.seulEs + "<");

		assertThat(Xml.values(Xml.parse(page("/es/sitemaps/sections.xml")), "//*[local-name()='loc']", new String[0]))
			.contains(BASE + "/es/sections/" + this.politica)
			.noneMatch((loc) -> loc.endsWith("/sections/" + this.politics.slug()));
		assertThat(page("/sitemaps/sections.xml")).contains(BASE + "/sections/" + this.politics.slug() + "<");
	}

	@Test
	void aSpanishSlugChangedInTheAdminMovesThePage() throws Exception {
		String renamed = TestData.uniqueSlug("política-y-economía");
		this.sections.loadTranslation(this.politics.slug(), "es", "Política y economía", renamed, null);
		// the change's eviction runs after its commit, which this test's transaction
		// never makes (ContentChangedIntegrationTests commits one)
		this.cache.evictAll();
		assertThat(page("/es/sections/" + renamed)).contains("<h1>Política y economía</h1>");
		assertThat(fetch("/es/sections/" + this.politica).getStatus()).isEqualTo(404);
		assertMoved("/es/sections/" + this.politics.slug(), "/es/sections/" + renamed);
		assertThat(page("/es" + this.spanish.url())).contains("href=\"/es/sections/" + renamed + "\"");
		assertThat(page("/es/latest")).contains("href=\"/es/sections/" + renamed + "\"");
	}

}
