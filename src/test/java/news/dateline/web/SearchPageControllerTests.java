package news.dateline.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dateline.article.CardImage;
import news.dateline.search.SearchHit;
import news.dateline.search.SearchRequest;
import news.dateline.search.SearchResults;
import news.dateline.search.Snippet;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class SearchPageControllerTests extends WebSliceTests {

	private static Snippet marked(String before, String match, String after) {
		return new Snippet(List.of(new Snippet.Piece(before, false), new Snippet.Piece(match, true),
				new Snippet.Piece(after, false)));
	}

	@Test
	void showsHitsWithMarkedWordsAsEscapedText() throws Exception {
		SearchRequest request = SearchRequest.parse("pact", null, null, null, null, null);
		SearchHit hit = new SearchHit(42L, "/articles/" + SLUG, marked("Russia ", "pact", " <b>alarms</b>"),
				Instant.parse("2026-06-20T08:00:00Z"), "World",
				marked("Officials said the ", "pact", " <script>x</script>"),
				new CardImage("/media/" + "ab".repeat(16) + "/1600.jpg", "/media/" + "ab".repeat(16) + "/400.jpg 400w",
						1600, 1067, "Seoul skyline"));
		given(this.search.search(any())).willReturn(new SearchResults(request, List.of(hit), 12, false, 1, 2, null));
		this.mvc.perform(get("/search").param("q", "pact"))
			.andExpect(status().isOk())
			.andExpect(view().name("search/results"))
			.andExpect(header().string("Cache-Control", CachePolicy.PUBLIC))
			.andExpect(
					header().string("Server-Timing", org.hamcrest.Matchers.matchesPattern("search;dur=\\d+\\.\\d{2}")))
			.andExpect(content().string(allOf(containsString("12 stories match \u201cpact\u201d"),
					containsString("<a href=\"/articles/" + SLUG
							+ "\">Russia <mark>pact</mark> &lt;b&gt;alarms&lt;/b&gt;</a>"),
					containsString("Officials said the <mark>pact</mark> &lt;script&gt;x&lt;/script&gt;"),
					not(containsString("<script>x")), containsString("datetime=\"2026-06-20T08:00:00Z\""),
					containsString("href=\"/search?q=pact&amp;page=2\""), containsString("Page 1 of 2"),
					containsString("<meta name=\"robots\" content=\"noindex, follow\">"),
					containsString("srcset=\"/media/" + "ab".repeat(16) + "/400.jpg 400w\""),
					containsString("width=\"1600\" height=\"1067\" alt=\"\" loading=\"lazy\""))));
	}

	@Test
	void passesFiltersAndToleratesMalformedParameters() throws Exception {
		given(this.search.search(any())).willAnswer(
				(call) -> new SearchResults(call.getArgument(0), List.of(), 0, false, 1, 0, "search.problem.dates"));
		this.mvc
			.perform(get("/search").param("q", "\"unbalanced AND ~ ^ [")
				.param("section", "world")
				.param("author", "tarun-kumar")
				.param("from", "yesterday")
				.param("to", "2026-06-20")
				.param("page", "x9"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Those dates could not be used"),
					containsString("value=\"&quot;unbalanced AND ~ ^ [\""),
					containsString("Only stories by tarun-kumar"),
					containsString("<option value=\"world\" selected=\"selected\">World</option>"))));
		verify(this.search).search(new SearchRequest("\"unbalanced AND ~ ^ [", "world", "tarun-kumar", null,
				java.time.LocalDate.of(2026, 6, 20), 1, true));
	}

	@Test
	void emptyQueryGetsAFriendlyPage() throws Exception {
		given(this.search.search(any())).willAnswer(
				(call) -> new SearchResults(call.getArgument(0), List.of(), 0, false, 1, 0, "search.problem.empty"));
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Type a word or two to search the stories."),
					containsString("exact phrases"), not(containsString("search-results")))));
	}

}
