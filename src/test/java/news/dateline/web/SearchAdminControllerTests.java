package news.dateline.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import news.dateline.search.RebuildProgress;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin search page lives in the admin package; its slice is the shared one. */
class SearchAdminControllerTests extends WebSliceTests {

	@Test
	void anonymousReadersCannotSeeOrRebuildTheIndex() throws Exception {
		this.mvc.perform(get("/admin/search"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/admin/login")));
		this.mvc.perform(post("/admin/search/rebuild").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/admin/login")));
		verify(this.searchIndexer, never()).startRebuild();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorStartsARebuildAndSeesItsProgressRefreshing() throws Exception {
		given(this.searchIndexer.startRebuild()).willReturn(true);
		this.mvc.perform(post("/admin/search/rebuild").with(csrf()))
			.andExpect(redirectedUrl("/admin/search?started=yes"));
		given(this.searchIndexer.progress())
			.willReturn(new RebuildProgress(true, 40, 160, Instant.parse("2026-06-20T09:00:00Z"), null, false));
		this.mvc.perform(get("/admin/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Rebuilding: 40 of 160 stories indexed."),
					containsString("<meta http-equiv=\"refresh\" content=\"2\">"), containsString("value=\"40\""),
					containsString("name=\"_csrf\""))));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void rebuildFormNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/search/rebuild")).andExpect(status().isForbidden());
		verify(this.searchIndexer, never()).startRebuild();
	}

}
