package news.dateline.feed;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.Xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@AutoConfigureMockMvc
class FeedIntegrationTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	private SectionView section;

	private String author;

	@BeforeEach
	void newsroom() {
		this.section = this.data.section("Science");
		this.author = this.data.author("Ada Reyes", "science", "space");
	}

	private String get200(String url, String contentType) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", contentType + ";charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "max-age=60, public, s-maxage=300, stale-while-revalidate=600"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static SyndFeed parse(String xml) throws Exception {
		return new SyndFeedInput().build(new StringReader(xml));
	}

	@Test
	void sectionAtomFeedCarriesLiveStoriesInFullAndIsValidAtom() throws Exception {
		Story live = this.data.story("Comet returns", "The comet is back.", "Astronomers **cheered** the comet.",
				this.section, List.of(this.author), List.of(), Duration.ofHours(1), "Comets");
		this.data.scheduled("Embargoed telescope news", this.section, this.author, Duration.ofHours(2));
		this.data.unpublish(this.data.story("Withdrawn comet story", this.section, this.author, Duration.ofHours(3)));
		String xml = get200("/sections/" + this.section.slug() + "/feed.atom", "application/atom+xml");

		Xml.validate(xml, "/schemas/atom.xsd");
		Document document = Xml.parse(xml);
		assertThat(Xml.values(document, "/a:feed/a:id", "a", ATOM)).hasSize(1);
		assertThat(Xml.values(document, "/a:feed/a:title", "a", ATOM)).containsExactly("Science - Dateline");
		assertThat(Xml.values(document, "/a:feed/a:updated", "a", ATOM)).hasSize(1);
		assertThat(Xml.values(document, "/a:feed/a:link[@rel='self']/@href", "a", ATOM))
			.containsExactly("http://localhost:8080/sections/" + this.section.slug() + "/feed.atom");
		assertThat(Xml.values(document,
				"/a:feed/a:entry[count(a:id) != 1 or count(a:title) != 1 or count(a:updated) != 1]", "a", ATOM))
			.isEmpty();

		SyndFeed feed = parse(xml);
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Comet returns");
		SyndEntry entry = feed.getEntries().get(0);
		assertThat(entry.getLink()).isEqualTo("http://localhost:8080" + live.url());
		assertThat(entry.getAuthors()).extracting((person) -> person.getName()).containsExactly("Ada Reyes");
		assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("Science", "Comets");
		assertThat(entry.getContents().get(0).getValue()).contains("<strong>cheered</strong>");
		assertThat(entry.getDescription().getValue()).isEqualTo("The comet is back.");
		// feeds carry times to the second (RFC 3339 as Rome writes it)
		assertThat(entry.getPublishedDate().toInstant())
			.isEqualTo(this.data.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(entry.getUpdatedDate()).isNotNull();
	}

	@Test
	void rssFeedCarriesFullContentAsContentEncoded() throws Exception {
		this.data.story("Rover lands", "It landed.", "The rover *landed* safely.", this.section, List.of(this.author),
				List.of(), Duration.ofHours(1), "Mars");
		this.data.scheduled("Embargoed rover news", this.section, this.author, Duration.ofHours(2));
		String xml = get200("/sections/" + this.section.slug() + "/feed.rss", "application/rss+xml");
		Document document = Xml.parse(xml);
		assertThat(Xml.values(document, "/rss/@version")).containsExactly("2.0");
		assertThat(Xml.values(document, "/rss/channel/item/c:encoded", "c", "http://purl.org/rss/1.0/modules/content/"))
			.singleElement()
			.asString()
			.contains("<em>landed</em>");
		SyndFeed feed = parse(xml);
		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Rover lands");
		assertThat(feed.getEntries().get(0).getCategories()).extracting(SyndCategory::getName)
			.containsExactly("Science", "Mars");
		assertThat(Xml.values(document, "/rss/channel/item/dc:creator", "dc", "http://purl.org/dc/elements/1.1/"))
			.containsExactly("Ada Reyes");
		assertThat(feed.getEntries().get(0).getAuthor()).isEqualTo("Ada Reyes");
	}

	@Test
	void feedsCarryTheLatestTwentyStoriesNewestFirst() throws Exception {
		for (int i = 1; i <= 22; i++) {
			this.data.story("Update " + i, this.section, this.author, Duration.ofMinutes(100 - i));
		}
		SyndFeed feed = parse(get200("/authors/" + this.author + "/feed.atom", "application/atom+xml"));
		assertThat(feed.getEntries()).hasSize(20);
		assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Update 22");
		assertThat(feed.getEntries().get(19).getTitle()).isEqualTo("Update 3");
	}

	@Test
	void siteTagAndSourceFeedsAnswerAndUnknownOnesAreNotFound() throws Exception {
		String wire = this.data.wire("Newswire");
		Story story = this.data.story("Tagged and sourced", null, "Body.", this.section, List.of(this.author),
				List.of(wire), Duration.ofHours(1), "Orbit Watch");
		Xml.validate(get200("/feed.atom", "application/atom+xml"), "/schemas/atom.xsd");
		assertThat(parse(get200("/feed.rss", "application/rss+xml")).getEntries()).isNotEmpty();
		assertThat(parse(get200("/tags/orbit-watch/feed.atom", "application/atom+xml")).getEntries())
			.extracting(SyndEntry::getLink)
			.contains("http://localhost:8080" + story.url());
		assertThat(parse(get200("/sources/" + wire + "/feed.atom", "application/atom+xml")).getEntries())
			.extracting(SyndEntry::getTitle)
			.containsExactly("Tagged and sourced");
		this.mvc.perform(get("/sections/no-such-section/feed.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/nonsense/feed.rss")).andExpect(status().isNotFound());
	}

}
