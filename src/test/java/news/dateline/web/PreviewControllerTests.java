package news.dateline.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.ArticleNotFoundException;
import news.dateline.article.ArticlePreview;
import news.dateline.article.ArticlePreviews;
import news.dateline.article.ArticleStatus;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class PreviewControllerTests extends WebSliceTests {

	@Autowired
	ArticlePreviews previewLinks;

	@Test
	void showsTheEmbargoedStoryOnTheArticlePageWithABannerKeptPrivate() throws Exception {
		given(this.previewLinks.open(42L, 1781949600L, "good")).willReturn(new ArticlePreview(sampleArticle(true),
				ArticleStatus.EMBARGOED, Instant.parse("2026-06-21T06:00:00Z"), Instant.parse("2026-06-22T09:00:00Z")));
		this.mvc.perform(get("/preview/42").param("expires", "1781949600").param("sig", "good"))
			.andExpect(status().isOk())
			.andExpect(view().name("articles/show"))
			.andExpect(header().string("Cache-Control", "private, no-store"))
			.andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
			.andExpect(content().string(allOf(containsString("class=\"preview-banner\""),
					containsString("This story is not public (Embargoed)"),
					containsString("It will be released on 21 June 2026, 06:00 UTC."),
					containsString("This preview link works until 22 June 2026, 09:00 UTC."),
					containsString("<meta name=\"robots\" content=\"noindex, nofollow\">"),
					containsString("<span class=\"dateline\">SEOUL.-</span>"), not(containsString("rel=\"canonical\"")),
					not(containsString("Leave a Reply")))));
	}

	@Test
	void answersAForgedOrExpiredLinkWithTheNotFoundPage() throws Exception {
		given(this.previewLinks.open(eq(42L), any(), any())).willThrow(new ArticleNotFoundException("preview of 42"));
		this.mvc.perform(get("/preview/42").param("expires", "1781949600").param("sig", "forged"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Page not found"), not(containsString("preview of")))));
		this.mvc.perform(get("/preview/42")).andExpect(status().isNotFound());
	}

}
