package news.dateline.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleConflictException;
import news.dateline.article.DiffSegment;
import news.dateline.article.DiffSegment.Change;
import news.dateline.article.EditorialService;
import news.dateline.article.RevisionDiff;
import news.dateline.article.RevisionHistory;
import news.dateline.article.RevisionService;
import news.dateline.article.RevisionSummary;
import news.dateline.support.MutableClock;
import news.dateline.web.WebSliceTests;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WithMockUser(roles = "EDITOR")
class AdminRevisionControllerTests extends WebSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RevisionService revisions;

	@Autowired
	EditorialService editorial;

	private static RevisionSummary revision(int number, String by) {
		return new RevisionSummary(number, "Pact alarms Seoul", by, MutableClock.START.plusSeconds(number * 60L));
	}

	@Test
	void listsRevisionsWithCompareAndRestore() throws Exception {
		given(this.revisions.history(5L)).willReturn(new RevisionHistory(5L, "Pact alarms Seoul", 7,
				List.of(revision(3, "Edna Editor"), revision(2, "Mina Park"), revision(1, null))));
		this.mvc.perform(get("/admin/articles/5/revisions"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/articles/revisions"))
			.andExpect(content().string(allOf(containsString("Edna Editor"), containsString("Imported"),
					containsString("href=\"/admin/articles/5/revisions/diff?from=2&amp;to=3\""),
					containsString("action=\"/admin/articles/5/revisions/2/restore\""),
					not(containsString("action=\"/admin/articles/5/revisions/3/restore\"")),
					containsString("name=\"version\" value=\"7\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void showsTheWordDiffEscaped() throws Exception {
		given(this.revisions.diff(5L, 2, 3))
			.willReturn(new RevisionDiff(5L, revision(2, "Mina Park"), revision(3, "Edna Editor"),
					List.of(new DiffSegment(Change.UNCHANGED, "Pact alarms Seoul")), List.of(), List.of(),
					List.of(new DiffSegment(Change.UNCHANGED, "Signed on "),
							new DiffSegment(Change.DELETED, "<script>Tuesday</script>"),
							new DiffSegment(Change.INSERTED, "Wednesday"))));
		this.mvc.perform(get("/admin/articles/5/revisions/diff").param("from", "2").param("to", "3"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/articles/diff"))
			.andExpect(content().string(allOf(containsString("Changes from revision 2 to revision 3"),
					containsString("Signed on <del>&lt;script&gt;Tuesday&lt;/script&gt;</del><ins>Wednesday</ins>"),
					not(containsString("<script>Tuesday")))));
	}

	@Test
	void restoresARevisionAndReturnsToTheEditor() throws Exception {
		this.mvc.perform(post("/admin/articles/5/revisions/2/restore").with(csrf()).param("version", "7"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/5/edit"))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers
				.hasToString(org.hamcrest.Matchers.containsString("key=article.flash.restored"))));
		verify(this.editorial).restore(5L, 2, 7L);
	}

	@Test
	void restoreFromAnOutdatedPageRestoresNothingAndSaysSo() throws Exception {
		willThrow(new ArticleConflictException(5L)).given(this.editorial).restore(5L, 2, 6L);
		this.mvc.perform(post("/admin/articles/5/revisions/2/restore").with(csrf()).param("version", "6"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/5/revisions"))
			.andExpect(flash().attribute("flash",
					org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.allOf(
							org.hamcrest.Matchers.containsString("key=article.flash.restore-conflict"),
							org.hamcrest.Matchers.containsString("error=true")))));
	}

	@Test
	void restoreNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/articles/5/revisions/2/restore").param("version", "7"))
			.andExpect(status().isForbidden());
		verify(this.editorial, never()).restore(anyLong(), anyInt(), anyLong());
	}

}
