package news.dateline.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleView;
import news.dateline.live.LiveCoverage;
import news.dateline.live.LiveEntryPlace;
import news.dateline.live.LiveEntryView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A live entry's own page, {@code /articles/{slug}/entries/{id}}: the story opened at the
 * entry, with the entry's share values and the story as the canonical URL; 404 with a
 * link to the story for an entry that is gone or another story's; 301 from an old slug
 * and from the other edition's path.
 */
class LiveEntryPageTests extends WebSliceTests {

	static final String ENTRIES = "/articles/" + SLUG + "/entries/";

	static final String PLAIN = "김민준 in Seoul: leaders arrive 🇰🇷 — «ya» and “more” to come; the talks start at ten, "
			+ "and the pact is expected to be signed before the evening news in both capitals & beyond";

	private LiveCoverage coverage;

	@BeforeEach
	void setUp() {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(emptyThread());
		LiveEntryView pinned = LivePageTests.entry(1, Duration.ZERO, "Resumen: la cumbre en directo", null, true, null);
		LiveEntryView key = LivePageTests.entry(3, Duration.ofMinutes(20), "Seoul «condemns» the pact 🇰🇷",
				"Seoul reacts — «firmly»", false, null);
		LiveEntryView plain = LivePageTests.entry(2, Duration.ofMinutes(10), PLAIN, null, false, null);
		this.coverage = new LiveCoverage(42L, LivePageTests.START, null, 9, List.of(key), pinned, List.of(key, plain),
				null, true);
		given(this.live.coverage(42L, null)).willReturn(Optional.of(this.coverage));
		given(this.live.place(3L)).willReturn(Optional.of(new LiveEntryPlace(42L, "entry-3", null)));
		given(this.live.place(2L)).willReturn(Optional.of(new LiveEntryPlace(42L, "entry-2", null)));
	}

	@Test
	void keyEventPageOpensAtTheEntryWithItsOwnShareValuesAndTheStoryAsCanonical() throws Exception {
		String page = this.mvc.perform(get(ENTRIES + "3"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", CachePolicy.PUBLIC))
			.andExpect(content().string(allOf(containsString("<title>Seoul reacts — «firmly» | Military agreement"),
					containsString("<meta property=\"og:title\" content=\"Seoul reacts — «firmly»\">"),
					containsString("<meta name=\"twitter:title\" content=\"Seoul reacts — «firmly»\">"),
					containsString("<meta property=\"og:description\" content=\"Seoul «condemns» the pact 🇰🇷\">"),
					containsString("<meta name=\"twitter:description\" content=\"Seoul «condemns» the pact 🇰🇷\">"),
					containsString("og:url\" content=\"http://localhost:8080" + ENTRIES + "3\">"),
					containsString("<link rel=\"canonical\" href=\"http://localhost:8080/articles/" + SLUG + "\">"),
					containsString("Shared update"), containsString("href=\"#entry-3\">See it among all the updates"),
					containsString("id=\"entry-3\""), containsString("data-live=\"on\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the entry comes before the story's text, so the page opens at it
		assertThat(page.indexOf("class=\"live-focus\"")).isPositive().isLessThan(page.indexOf("story__body"));
		assertThat(page).containsOnlyOnce("id=\"entry-3\"");
	}

	@Test
	void plainEntryIsNamedByItsFirstWordsAndDescribedByItsStory() throws Exception {
		this.mvc.perform(get(ENTRIES + "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("og:title\" content=\"김민준 in Seoul: leaders arrive 🇰🇷 — «ya» and “more” to come;"),
					containsString("the pact is expected…\">"),
					containsString("og:description\" content=\"김민준 in Seoul"),
					containsString("before the evening news in both…\">"),
					containsString("og:url\" content=\"http://localhost:8080" + ENTRIES + "2\">"),
					containsString("김민준"))));
	}

	@Test
	void entryGoneOrOfAnotherStoryIsNotFoundWithALinkToTheStory() throws Exception {
		given(this.live.place(99L)).willReturn(Optional.empty());
		given(this.live.place(7L)).willReturn(Optional.of(new LiveEntryPlace(77L, "entry-7", null)));
		given(this.live.place(5L)).willReturn(Optional.of(new LiveEntryPlace(42L, "entry-5", null)));
		for (String id : List.of("99", "7", "5", "x1", "99999999999999999999")) {
			this.mvc.perform(get(ENTRIES + id))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("This update is not here"),
						containsString("href=\"/articles/" + SLUG + "\""), containsString("noindex"),
						not(containsString("og:url")))));
		}
	}

	@Test
	void olderEntryIsShownOnThePageOfEntriesThatHoldsIt() throws Exception {
		given(this.live.place(2L)).willReturn(Optional.of(new LiveEntryPlace(42L, "entry-2", 4L)));
		given(this.live.coverage(42L, 4L)).willReturn(Optional.of(new LiveCoverage(42L, LivePageTests.START, null, 9,
				this.coverage.keyEvents(), null, List.of(this.coverage.entries().get(1)), null, false)));
		this.mvc.perform(get(ENTRIES + "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"entry-2\""), containsString("data-live=\"off\""),
					containsString("Latest updates"))));
	}

	@Test
	void oldSlugAndTheOtherEditionsPathMoveToTheEntrysPage() throws Exception {
		given(this.articles.lookup("old-slug")).willReturn(new ArticleLookup.MovedTo(SLUG));
		this.mvc.perform(get("/articles/old-slug/entries/3"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", ENTRIES + "3"));
		this.mvc.perform(get("/es" + ENTRIES + "3"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", ENTRIES + "3"));
	}

	@Test
	void spanishStorysEntryPageIsServedInItsEdition() throws Exception {
		ArticleView english = sampleArticle(true);
		ArticleView spanish = new ArticleView(english.id(), english.slug(), "Seúl condena el pacto — «una amenaza»",
				english.deck(), english.datelineLabel(), english.bodyHtml(), english.section(), english.publishedAt(),
				english.updatedAt(), false, english.bylines(), english.sources(), english.tags(), true, 0, List.of(),
				null, null, null, List.of(), "es", List.of());
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(spanish));
		this.mvc.perform(get(ENTRIES + "2"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/es" + ENTRIES + "2"));
		this.mvc.perform(get("/es" + ENTRIES + "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Actualización compartida"),
					containsString("og:url\" content=\"http://localhost:8080/es" + ENTRIES + "2\">"),
					containsString("<link rel=\"canonical\" href=\"http://localhost:8080/es/articles/" + SLUG + "\">"),
					containsString("href=\"#entry-2\">Verla entre todas las actualizaciones"))));
	}

}
