package news.dateline.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.Xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@AutoConfigureMockMvc
class SitemapIntegrationTests {

	static final String[] NS = { "s", SitemapWriter.SITEMAP, "n", SitemapWriter.NEWS };

	static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	private SectionView section;

	private String author;

	@BeforeEach
	void newsroom() {
		this.clock.reset();
		this.section = this.data.section("Travel");
		this.author = this.data.author("Lee Seo-yeon", "travel");
	}

	private String xml(String url) throws Exception {
		String xml = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Xml.validate(xml, "/schemas/sitemap.xsd", "/schemas/sitemap-news.xsd");
		return xml;
	}

	private List<String> locs(String url) throws Exception {
		return Xml.values(Xml.parse(xml(url)), "/s:urlset/s:url/s:loc", NS);
	}

	@Test
	void indexListsPagedArticleSitemapsThatHoldEveryLiveStoryOnce() throws Exception {
		List<Story> live = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			live.add(
					this.data.story("Island guide " + i, this.section, this.author, Duration.ofDays(i + 1), "Islands"));
		}
		Story scheduled = this.data.scheduled("Embargoed travel ban", this.section, this.author, Duration.ofHours(5));
		Story gone = this.data.story("Withdrawn guide", this.section, this.author, Duration.ofDays(1));
		this.data.unpublish(gone);

		Document index = Xml.parse(xml("/sitemap.xml"));
		List<String> sitemaps = Xml.values(index, "/s:sitemapindex/s:sitemap/s:loc", NS);
		assertThat(sitemaps).contains(BASE + "/sitemaps/articles-1.xml", BASE + "/sitemaps/articles-2.xml",
				BASE + "/sitemaps/sections.xml", BASE + "/sitemaps/authors.xml", BASE + "/sitemaps/tags.xml",
				BASE + "/sitemaps/news.xml");
		List<String> articleUrls = new ArrayList<>();
		for (String sitemap : sitemaps) {
			if (sitemap.contains("/articles-")) {
				String path = sitemap.substring(BASE.length());
				List<String> page = locs(path);
				assertThat(page).hasSizeLessThanOrEqualTo(3);
				articleUrls.addAll(page);
				assertThat(Xml.values(Xml.parse(xml(path)), "/s:urlset/s:url/s:lastmod", NS)).hasSameSizeAs(page);
			}
		}
		assertThat(articleUrls).doesNotHaveDuplicates()
			.containsAll(live.stream().map((story) -> BASE + story.url()).toList())
			.doesNotContain(BASE + scheduled.url(), BASE + gone.url());
		this.mvc.perform(get("/sitemaps/articles-999.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemaps/articles-x.xml")).andExpect(status().isNotFound());
	}

	@Test
	void listingSitemapsNameOnlyPagesWithLiveStories() throws Exception {
		this.data.story("Live trip", this.section, this.author, Duration.ofDays(1), "Open Roads");
		SectionView hidden = this.data.section("Secret");
		String hiddenAuthor = this.data.author("Hidden Writer");
		this.data.scheduled("Embargoed trip", hidden, hiddenAuthor, Duration.ofHours(5), "Embargoed Tag");
		assertThat(locs("/sitemaps/sections.xml")).contains(BASE + this.section.url())
			.doesNotContain(BASE + hidden.url());
		assertThat(locs("/sitemaps/authors.xml")).contains(BASE + "/authors/" + this.author)
			.doesNotContain(BASE + "/authors/" + hiddenAuthor);
		assertThat(locs("/sitemaps/tags.xml")).contains(BASE + "/tags/open-roads")
			.doesNotContain(BASE + "/tags/embargoed-tag");
	}

	@Test
	void newsSitemapHoldsLiveStoriesOfTheLastTwoDays() throws Exception {
		Story fresh = this.data.story("Fresh & new: \"Seoul\" <guide>", this.section, this.author, Duration.ofHours(3));
		Story old = this.data.story("Old guide", this.section, this.author, Duration.ofDays(3));
		Story scheduled = this.data.scheduled("Embargoed news", this.section, this.author, Duration.ofHours(1));
		Document news = Xml.parse(xml("/sitemaps/news.xml"));
		List<String> urls = Xml.values(news, "/s:urlset/s:url/s:loc", NS);
		assertThat(urls).contains(BASE + fresh.url()).doesNotContain(BASE + old.url(), BASE + scheduled.url());
		String entry = "/s:urlset/s:url[s:loc='" + BASE + fresh.url() + "']/n:news";
		assertThat(Xml.values(news, entry + "/n:title", NS)).containsExactly("Fresh & new: \"Seoul\" <guide>");
		assertThat(Xml.values(news, entry + "/n:publication/n:name", NS)).containsExactly("Dateline");
		assertThat(Xml.values(news, entry + "/n:publication/n:language", NS)).containsExactly("en");
		assertThat(Xml.values(news, entry + "/n:publication_date", NS)).containsExactly("2026-06-20T06:00:00Z");
	}

	@Test
	void robotsPointsAtTheSitemapsAndKeepsCrawlersOutOfAdminAndSearch() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots)
			.contains("User-agent: *", "Disallow: /admin/", "Disallow: /search", "Sitemap: " + BASE + "/sitemap.xml",
					"Sitemap: " + BASE + "/sitemaps/news.xml")
			.doesNotContain("Disallow: /\n");
	}

}
