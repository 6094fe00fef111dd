package news.dateline.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dateline.article.ArticleCard;
import news.dateline.article.CardPage;
import news.dateline.article.FrontPage;
import news.dateline.article.StoryList;
import news.dateline.section.SectionNotFoundException;
import news.dateline.tag.TagView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class StoryListControllerTests extends WebSliceTests {

	private final CardPage page = new CardPage(List.of(card("Pact alarms Seoul", "pact-alarms-seoul")), "123-4", null);

	@Test
	void homeShowsLeadLatestAndSectionBlocks() throws Exception {
		given(this.articles.frontPage("en")).willReturn(new FrontPage(card("Lead story", "lead-story"), List.of(),
				new CardPage(List.of(card("Second story", "second-story")), "99-1", null),
				List.of(new FrontPage.SectionBlock(WORLD, List.of(card("World story", "world-story"))))));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("home/index"))
			.andExpect(header().string("Cache-Control", CachePolicy.PUBLIC))
			.andExpect(content().string(allOf(containsString("Lead story"), containsString("Second story"),
					containsString("href=\"/sections/world\""), containsString("World story"),
					containsString("href=\"/latest?before=99-1\""))));
	}

	@Test
	void cardsShowTheirLibraryImageTheLeadsFirstAndTheOthersLazilyAndTextCardsNone() throws Exception {
		given(this.articles.frontPage("en")).willReturn(new FrontPage(cardWithImage("Lead story", "lead-story"),
				List.of(), new CardPage(List.of(cardWithImage("Second story", "second-story"), card("Brief", "brief")),
						null, null),
				List.of()));
		String html = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("srcset=\"/media/" + "c0ffee00".repeat(4) + "/400.jpg 400w, ")
			.contains("width=\"1600\" height=\"1067\" alt=\"Picture for Lead story\"");
		String lead = html.substring(html.indexOf("<img"), html.indexOf(">", html.indexOf("<img")));
		assertThat(lead).contains("fetchpriority=\"high\"").doesNotContain("loading=");
		String second = html.substring(html.indexOf("<img", html.indexOf("Picture for Lead story")));
		assertThat(second.substring(0, second.indexOf('>')))
			.contains("loading=\"lazy\"", "alt=\"Picture for Second story\"")
			.doesNotContain("fetchpriority");
		assertThat(html.split("<img", -1)).hasSize(3);
	}

	@Test
	void aSectionBlockNamesItsSectionOnceAndGivesDeckAndBylinesToItsFirstStoryOnly() throws Exception {
		given(this.articles.frontPage("en")).willReturn(new FrontPage(card("Lead story", "lead-story"), List.of(),
				new CardPage(List.of(), null, null), List.of(new FrontPage.SectionBlock(WORLD,
						List.of(card("World story", "world-story"), card("Other story", "other-story"))))));
		String html = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String block = html.substring(html.indexOf("class=\"section-block\""));
		assertThat(block).contains("World story", "Other story", "class=\"card card--brief\"")
			.doesNotContain("card__section");
		String first = block.substring(0, block.indexOf("Other story"));
		String second = block.substring(block.indexOf("Other story"));
		assertThat(first).contains("card__deck", "Tarun Kumar", "3 comments");
		assertThat(second).doesNotContain("card__deck", "Tarun Kumar").contains("<time", "3 comments");
	}

	@Test
	void sectionPageShowsItsFrontThenItsOtherStoriesWithOlderLink() throws Exception {
		given(this.sections.bySlug("world")).willReturn(WORLD);
		List<ArticleCard> front = List.of(cardWithImage("Pinned lead", "pinned-lead"),
				card("Featured one", "featured-one"));
		given(this.articles.sectionFront(2L, "en")).willReturn(front);
		given(this.articles.sectionPage(2L, "en", front, null, null)).willReturn(this.page);
		String html = this.mvc.perform(get("/sections/world"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>World</h1>"), containsString("Pact alarms Seoul"),
					containsString("href=\"/sections/world?before=123-4\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("<h2 class=\"card__headline\"><a href=\"/articles/pinned-lead\">Pinned lead</a>"))
			.isPositive()
			.isLessThan(html.indexOf("Featured one"));
		assertThat(html.indexOf("Featured one")).isLessThan(html.indexOf("Pact alarms Seoul"));
		assertThat(html).contains("fetchpriority=\"high\"");
	}

	@Test
	void olderPagesOfASectionHaveNoFront() throws Exception {
		given(this.sections.bySlug("world")).willReturn(WORLD);
		given(this.articles.sectionPage(2L, "en", List.of(), "123-4", null)).willReturn(this.page);
		this.mvc.perform(get("/sections/world").param("before", "123-4"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("card--lead"))));
		verify(this.articles, never()).sectionFront(any(), any());
	}

	@Test
	void unknownSectionIsNotFound() throws Exception {
		given(this.sections.bySlug("nope")).willThrow(new SectionNotFoundException("nope"));
		this.mvc.perform(get("/sections/nope")).andExpect(status().isNotFound());
	}

	@Test
	void authorPageShowsBioBeatsAndLinks() throws Exception {
		given(this.authors.bySlug("tarun-kumar")).willReturn(TARUN);
		given(this.articles.list(StoryList.author(7L).in("en"), null, null)).willReturn(this.page);
		this.mvc.perform(get("/authors/tarun-kumar"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Tarun Kumar</h1>"),
					containsString("I specialize in topics like news, showbiz, technology, travel, food and more."),
					containsString("https://example.org/tarun"))));
	}

	@Test
	void sourcePageListsAllStoriesFromTheSource() throws Exception {
		given(this.sources.bySlug("ap")).willReturn(AP);
		given(this.articles.list(StoryList.source(3L).in("en"), null, "55-1")).willReturn(this.page);
		this.mvc.perform(get("/sources/ap").param("after", "55-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("All stories from AP"), containsString("noindex"))));
	}

	@Test
	void tagPageListsTaggedStories() throws Exception {
		given(this.tags.bySlug("north-korea")).willReturn(new TagView(9L, "north-korea", "North Korea"));
		given(this.articles.list(any(), any(), any())).willReturn(new CardPage(List.of(), null, null));
		this.mvc.perform(get("/tags/north-korea"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<h1>North Korea</h1>"), containsString("No stories here yet."))));
	}

	@Test
	void unknownPathGetsTheSiteNotFoundPage() throws Exception {
		this.mvc.perform(get("/no/such/page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

}
