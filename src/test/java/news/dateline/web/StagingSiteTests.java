package news.dateline.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import news.dateline.article.CardPage;
import news.dateline.article.FrontPage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@TestPropertySource(properties = "dateline.site.discourage-search-engines=true")
class StagingSiteTests extends WebSliceTests {

	@Test
	void robotsTurnsEveryCrawlerAway() throws Exception {
		this.mvc.perform(get("/robots.txt"))
			.andExpect(content().string(containsString("User-agent: *\nDisallow: /\n")))
			.andExpect(content().string(not(containsString("Sitemap:"))));
	}

	@Test
	void everyPageAsksNotToBeIndexed() throws Exception {
		given(this.articles.frontPage("en"))
			.willReturn(new FrontPage(null, List.of(), new CardPage(List.of(), null, null), List.of()));
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("<meta name=\"robots\" content=\"noindex, nofollow\">")));
	}

}
