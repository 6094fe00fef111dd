package news.dateline.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.dateline.article.ArticleLookup;
import news.dateline.live.LiveCoverage;
import news.dateline.live.LiveEntryView;
import news.dateline.support.MutableClock;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A live story's page as it is without script: the live badge, key events linking to
 * their entries, the pinned entry, entries newest first with their anchors and "updated"
 * times, "Show older updates", the LiveBlogPosting JSON-LD, and the ended notice.
 */
class LivePageTests extends WebSliceTests {

	static final Instant START = MutableClock.START;

	@BeforeEach
	void setUp() {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(emptyThread());
	}

	static LiveEntryView entry(long id, Duration after, String body, String keyTitle, boolean pinned, Instant updated) {
		return new LiveEntryView(id, 42L, id, "김민준", START.plus(after), updated, body, "<p>" + body + "</p>", keyTitle,
				pinned, false);
	}

	static LiveCoverage coverage(Instant ended, Long olderThan, boolean firstPage) {
		LiveEntryView pinned = entry(1, Duration.ZERO, "Resumen: la cumbre en directo", null, true, null);
		LiveEntryView key = entry(3, Duration.ofMinutes(20), "Seoul «condemns» the pact", "Seoul reacts", false,
				START.plus(Duration.ofMinutes(52)));
		LiveEntryView plain = entry(2, Duration.ofMinutes(10), "Leaders arrive 🇰🇷", null, false, null);
		return new LiveCoverage(42L, START, ended, 9, List.of(key), pinned, List.of(key, plain), olderThan, firstPage);
	}

	@Test
	void showsKeyEventsPinnedEntryAndEntriesNewestFirstWithoutScript() throws Exception {
		given(this.live.coverage(42L, null)).willReturn(Optional.of(coverage(null, 2L, true)));
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Live coverage"), containsString("data-live=\"on\""),
					containsString("data-live-seq=\"9\""), containsString("data-live-events=\"/live/42/events\""),
					containsString("Key events"), containsString("<a href=\"#entry-3\">Seoul reacts</a>"),
					containsString("id=\"entry-1\""), containsString("Pinned"),
					containsString("Seoul «condemns» the pact"), containsString("updated"),
					containsString("<time datetime=\"2026-06-20T09:52:00.123Z\">"),
					containsString("href=\"/articles/" + SLUG + "?before=2\""), containsString("Show older updates"),
					containsString("\"@type\":\"LiveBlogPosting\""),
					containsString("\"coverageStartTime\":\"2026-06-20T09:00:00.123Z\""),
					containsString("\"liveBlogUpdate\":[{\"@type\":\"BlogPosting\""), containsString("#entry-3\""),
					containsString("/js/live"), not(containsString("coverageEndTime")))))
			.andExpect(content().string(containsString("Seoul «condemns» the pact")));
		String page = this.mvc.perform(get("/articles/" + SLUG)).andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page.indexOf("id=\"entry-1\""))
			.isLessThan(page.indexOf("id=\"entry-3\""));
		org.assertj.core.api.Assertions.assertThat(page.indexOf("id=\"entry-3\""))
			.isLessThan(page.indexOf("id=\"entry-2\""));
	}

	@Test
	void olderPageComesFromTheEntryAboveAndIsNotFollowedByScript() throws Exception {
		given(this.live.coverage(42L, 2L)).willReturn(Optional.of(coverage(null, null, false)));
		this.mvc.perform(get("/articles/" + SLUG).param("before", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-live=\"off\""), containsString("Latest updates"),
					not(containsString("Show older updates")))));
	}

	@Test
	void endedCoverageSaysSoWithItsTime() throws Exception {
		Instant ended = START.plus(Duration.ofHours(8));
		given(this.live.coverage(42L, null)).willReturn(Optional.of(coverage(ended, null, true)));
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Live coverage has ended"),
					containsString("datetime=\"2026-06-20T17:00:00.123Z\""), containsString("data-live=\"off\""),
					containsString("\"coverageEndTime\":\"2026-06-20T17:00:00.123Z\""))));
	}

	@Test
	void anOrdinaryStoryHasNoLivePart() throws Exception {
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("data-live")), not(containsString("/js/live")))));
	}

}
