package news.dateline.feed;

import java.io.StringReader;
import java.time.Duration;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionService;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@DatabaseTest
class CorrectionFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	TestActor actor;

	@Autowired
	MutableClock clock;

	@Autowired
	CorrectionService corrections;

	@AfterEach
	void clearActor() {
		this.actor.clear();
	}

	@Test
	void correctionsLogIsAFeedLinkingToTheCorrectedStory() throws Exception {
		this.clock.reset();
		Story story = this.data.story("Pact alarms Seoul", this.data.section("World"), this.data.author("Ed Itor"),
				Duration.ofHours(3));
		this.actor.actAs(1L, "Ed Itor", Role.EDITOR);
		Long id = this.corrections.add(story.id(), CorrectionKind.CORRECTION,
				"An earlier version misstated the <date>.");
		String atom = this.mvc.perform(get("/corrections/feed.atom")).andReturn().getResponse().getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
		assertThat(feed.getEntries()).anySatisfy((entry) -> {
			assertThat(entry.getTitle()).isEqualTo("Correction: Pact alarms Seoul");
			assertThat(entry.getLink()).endsWith(story.url() + "#correction-" + id);
		});
		String rss = this.mvc.perform(get("/corrections/feed.rss")).andReturn().getResponse().getContentAsString();
		assertThat(rss).contains("An earlier version misstated the &amp;lt;date&amp;gt;.").doesNotContain("<date>");
	}

}
