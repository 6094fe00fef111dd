package news.dateline.feed;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import news.dateline.article.ArticleService;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.Xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each edition's feeds and sitemaps: only its own stories, its own language, and the
 * translations of a story named as its alternates in both editions' sitemaps.
 */
@DatabaseTest
@AutoConfigureMockMvc
class EditionFeedsAndSitemapsTests {

	static final String BASE = "http://localhost:8080";

	static final String[] NS = { "s", SitemapWriter.SITEMAP, "x", SitemapWriter.XHTML, "a", FeedIntegrationTests.ATOM,
			"xml", javax.xml.XMLConstants.XML_NS_URI };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleService articles;

	private Story english;

	private Story spanish;

	private Story spanishOnly;

	/**
	 * Where this class's newsroom works: years after the shared clock's start, so its own
	 * stories are the newest in the shared test database's feeds, whatever stories other
	 * classes left there.
	 */
	static final Instant LATER = MutableClock.START.plus(Duration.ofDays(3710));

	@BeforeEach
	void editions() {
		this.clock.set(LATER);
		SectionView world = this.data.section("Mundo");
		String author = this.data.author("Lucía Fernández", "política");
		this.english = this.data.story("Seoul condemns the Moscow–Pyongyang pact", world, author, Duration.ofHours(3));
		this.spanish = spanish("Seúl condena el pacto entre Moscú y Pionyang", world, author);
		this.spanishOnly = spanish("Valparaíso reabre su ascensor «Reina Victoria»", world, author);
		this.articles.linkTranslation(this.english.id(), this.spanish.id());
	}

	private Story spanish(String headline, SectionView section, String author) {
		return this.data.storyIn("es", headline, "Primer párrafo.\n\nSegundo párrafo.", section, author,
				Duration.ofHours(2));
	}

	private String body(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String sitemap(String url) throws Exception {
		String xml = body(url);
		Xml.validate(xml, "/schemas/sitemap.xsd", "/schemas/sitemap-xhtml-link.xsd");
		return xml;
	}

	/**
	 * The story sitemaps of an edition's index, read page by page (the tests' pages hold
	 * three URLs each), as one document per page.
	 */
	private List<Document> storySitemaps(String index) throws Exception {
		List<Document> pages = new java.util.ArrayList<>();
		for (String loc : Xml.values(Xml.parse(body(index)), "/s:sitemapindex/s:sitemap/s:loc", NS)) {
			if (loc.contains("/sitemaps/articles-")) {
				pages.add(Xml.parse(sitemap(loc.substring(BASE.length()))));
			}
		}
		return pages;
	}

	private static List<String> values(List<Document> pages, String path) throws Exception {
		List<String> values = new java.util.ArrayList<>();
		for (Document page : pages) {
			values.addAll(Xml.values(page, path, NS));
		}
		return values;
	}

	private static List<String> links(List<SyndEntry> entries) {
		return entries.stream().map(SyndEntry::getLink).toList();
	}

	@Test
	void spanishFeedsHoldOnlySpanishStoriesTitledInSpanish() throws Exception {
		String atom = body("/es/feed.atom");
		Xml.validate(atom, "/schemas/atom.xsd");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
		assertThat(links(feed.getEntries()))
			.contains(BASE + "/es/articles/" + this.spanishOnly.slug(), BASE + "/es/articles/" + this.spanish.slug())
			.allMatch((link) -> link.startsWith(BASE + "/es/articles/"));
		assertThat(feed.getDescription()).startsWith("Dateline: las últimas noticias del mundo");
		assertThat(atom).contains("href=\"" + BASE + "/es\"");
		assertThat(Xml.values(Xml.parse(atom), "/a:feed/@xml:lang", NS)).containsExactly("es");
		assertThat(atom).contains("href=\"" + BASE + "/es/feed.atom\"");

		SyndFeed rss = new SyndFeedInput().build(new StringReader(body("/es/feed.rss")));
		assertThat(rss.getLanguage()).isEqualTo("es");
		assertThat(links(rss.getEntries())).hasSizeGreaterThanOrEqualTo(2)
			.allMatch((link) -> link.startsWith(BASE + "/es/articles/"));
	}

	@Test
	void theDefaultEditionsFeedLeavesTheSpanishStoriesOut() throws Exception {
		SyndFeed feed = new SyndFeedInput().build(new StringReader(body("/feed.atom")));
		assertThat(links(feed.getEntries())).contains(BASE + this.english.url())
			.noneMatch((link) -> link.contains(this.spanish.slug()) || link.contains(this.spanishOnly.slug()));
		assertThat(feed.getDescription()).startsWith("Dateline: the latest news");
		this.mvc.perform(get("/xx/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void eachEditionsSitemapListsItsStoriesWithTheirTranslationsAsAlternates() throws Exception {
		assertThat(Xml.values(Xml.parse(body("/es/sitemap.xml")), "/s:sitemapindex/s:sitemap/s:loc", NS))
			.containsExactly(BASE + "/es/sitemaps/articles-1.xml", BASE + "/es/sitemaps/sections.xml",
					BASE + "/es/sitemaps/authors.xml", BASE + "/es/sitemaps/tags.xml", BASE + "/es/sitemaps/news.xml");
		List<Document> es = storySitemaps("/es/sitemap.xml");
		assertThat(values(es, "/s:urlset/s:url/s:loc"))
			.contains(BASE + "/es/articles/" + this.spanish.slug(), BASE + "/es/articles/" + this.spanishOnly.slug())
			.allMatch((loc) -> loc.startsWith(BASE + "/es/articles/"));
		String translated = "/s:urlset/s:url[s:loc='" + BASE + "/es/articles/" + this.spanish.slug() + "']";
		assertThat(values(es, translated + "/x:link/@hreflang")).containsExactly("en", "es", "x-default");
		assertThat(values(es, translated + "/x:link/@href")).containsExactly(BASE + this.english.url(),
				BASE + "/es/articles/" + this.spanish.slug(), BASE + this.english.url());
		String alone = "/s:urlset/s:url[s:loc='" + BASE + "/es/articles/" + this.spanishOnly.slug() + "']";
		assertThat(values(es, alone + "/x:link/@hreflang")).isEmpty();

		List<Document> en = storySitemaps("/sitemap.xml");
		assertThat(values(en, "/s:urlset/s:url/s:loc")).contains(BASE + this.english.url())
			.noneMatch((loc) -> loc.contains("/es/"));
		String original = "/s:urlset/s:url[s:loc='" + BASE + this.english.url() + "']";
		assertThat(values(en, original + "/x:link/@hreflang")).containsExactly("en", "es", "x-default");
		this.mvc.perform(get("/en/sitemap.xml")).andExpect(status().isNotFound());
	}

	@Test
	void eachEditionHasItsOwnNewsSitemapInItsLanguage() throws Exception {
		String xml = body("/es/sitemaps/news.xml");
		Xml.validate(xml, "/schemas/sitemap.xsd", "/schemas/sitemap-news.xsd");
		Document es = Xml.parse(xml);
		String[] ns = { "s", SitemapWriter.SITEMAP, "n", SitemapWriter.NEWS };
		assertThat(Xml.values(es, "/s:urlset/s:url/s:loc", ns)).containsExactlyInAnyOrder(
				BASE + "/es/articles/" + this.spanish.slug(), BASE + "/es/articles/" + this.spanishOnly.slug());
		assertThat(Xml.values(es, "//n:publication/n:language", ns)).containsOnly("es");
		assertThat(Xml.values(Xml.parse(body("/sitemaps/news.xml")), "/s:urlset/s:url/s:loc", ns))
			.contains(BASE + this.english.url())
			.noneMatch((loc) -> loc.contains("/es/"));
	}

	@Test
	void robotsNamesEveryEditionsSitemapAndKeepsCrawlersOutOfEverySearch() throws Exception {
		assertThat(body("/robots.txt")).contains("Sitemap: " + BASE + "/sitemap.xml",
				"Sitemap: " + BASE + "/es/sitemap.xml", "Sitemap: " + BASE + "/sitemaps/news.xml",
				"Sitemap: " + BASE + "/es/sitemaps/news.xml", "Disallow: /search\n", "Disallow: /es/search\n");
		assertThat(Xml.values(Xml.parse(body("/sitemap.xml")), "/s:sitemapindex/s:sitemap/s:loc", NS))
			.contains(BASE + "/sitemaps/articles-1.xml")
			.noneMatch((loc) -> loc.contains("/es/"));
	}

}
