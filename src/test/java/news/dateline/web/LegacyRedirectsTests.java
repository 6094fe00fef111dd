package news.dateline.web;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class LegacyRedirectsTests extends WebSliceTests {

	@Test
	void answersAnOldPermalinkWithAPermanentRedirectToTheStory() throws Exception {
		given(this.articles.legacyRedirect("/2024/06/20/pact-alarms-seoul")).willReturn(Optional.of("pact"));
		this.mvc.perform(get("/2024/06/20/Pact-Alarms-Seoul/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/pact"))
			.andExpect(header().string("Cache-Control", CachePolicy.PUBLIC));
	}

	@Test
	void answersWordPressPlainLinksWithARedirect() throws Exception {
		given(this.articles.legacyRedirect("/?p=42")).willReturn(Optional.of("pact"));
		this.mvc.perform(get("/?p=42&utm_source=feed"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/pact"));
	}

	@Test
	void showsTheNotFoundPageForAnAddressNothingAnswers() throws Exception {
		this.mvc.perform(get("/2024/06/20/never-here/"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
		this.mvc.perform(get("/?p=999")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
	}

	@Test
	void leavesStaticFilesAndPagesAlone() throws Exception {
		this.mvc.perform(get("/css/site.css")).andExpect(status().isOk());
		verify(this.articles, never()).legacyRedirect(anyString());
	}

}
