package news.dateline.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dateline.article.CardPage;
import news.dateline.article.FrontPage;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SecurityHeadersTests extends WebSliceTests {

	@Test
	void everyPageCarriesTheHardenedHeaders() throws Exception {
		given(this.articles.frontPage("en"))
			.willReturn(new FrontPage(null, List.of(), new CardPage(List.of(), null, null), List.of()));
		for (String path : List.of("/", "/no/such/page")) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy",
						allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
								containsString("style-src 'self'"), containsString("object-src 'none'"),
								containsString("base-uri 'self'"), containsString("frame-ancestors 'none'"),
								containsString("form-action 'self'"), not(containsString("unsafe-inline")))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().doesNotExist("Strict-Transport-Security"));
		}
	}

	@Test
	void answersUnknownMethodsWith4xx() throws Exception {
		this.mvc.perform(request(org.springframework.http.HttpMethod.valueOf("PROPFIND"), "/"))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/"))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void refusesAPostWithoutCsrfTokenOutsideThePublicCommentForm() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/"))
			.andExpect(status().isForbidden());
	}

}
