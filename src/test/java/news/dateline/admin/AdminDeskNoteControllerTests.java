package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleStatus;
import news.dateline.article.Assignment;
import news.dateline.article.DeskNote;
import news.dateline.article.DeskNotes;
import news.dateline.article.EditorialService;
import news.dateline.web.WebSliceTests;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WithMockUser(roles = "EDITOR")
class AdminDeskNoteControllerTests extends WebSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeskNotes desk;

	@Autowired
	EditorialService editorial;

	@Test
	void theEditorPageListsNotesAndTheAssignment() throws Exception {
		given(this.editorial.options()).willReturn(AdminSamples.OPTIONS);
		given(this.editorial.editor(5L))
			.willReturn(AdminSamples.editor(ArticleStatus.DRAFT, List.of(), AdminSamples.EDITOR_ACTIONS));
		given(this.desk.panel(5L)).willReturn(new DeskNotes.Panel(
				List.of(new DeskNote(1L, "Amara Okafor", "Revisa las cifras — « 2 000 »",
						Instant.parse("2026-06-20T08:00:00Z"), null, null),
						new DeskNote(2L, "Amara Okafor", "서울 확인", Instant.parse("2026-06-20T08:01:00Z"),
								Instant.parse("2026-06-20T09:00:00Z"), "Hana Lee")),
				new Assignment(5L, "Pact", ArticleStatus.DRAFT, 9L, "Hana Lee", "Amara Okafor",
						Instant.parse("2026-06-20T08:00:00Z"))));
		this.mvc.perform(get("/admin/articles/5/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Notes and assignment"),
					containsString("Assigned to Hana Lee by Amara Okafor"),
					containsString("Revisa las cifras — « 2 000 »"),
					containsString("action=\"/admin/articles/5/notes/1/resolve\""),
					containsString("Resolved by Hana Lee"), containsString("action=\"/admin/articles/5/notes\""))));
	}

	@Test
	void leavesANoteAndGoesBackToThePanel() throws Exception {
		this.mvc.perform(post("/admin/articles/5/notes").with(csrf()).param("note", "Revisa «esto» 🙏"))
			.andExpect(redirectedUrl("/admin/articles/5/edit#desk"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=desk.note.added"))));
		verify(this.desk).addNote(5L, "Revisa «esto» 🙏");
	}

	@Test
	void saysWhyANoteWasRefused() throws Exception {
		willThrow(new ArticleRejectedException("note", "desk.note.invalid")).given(this.desk).addNote(5L, "");
		this.mvc.perform(post("/admin/articles/5/notes").with(csrf()).param("note", ""))
			.andExpect(redirectedUrl("/admin/articles/5/edit#desk"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=desk.note.invalid"))));
	}

	@Test
	void resolvesAndAssigns() throws Exception {
		this.mvc.perform(post("/admin/articles/5/notes/3/resolve").with(csrf()))
			.andExpect(redirectedUrl("/admin/articles/5/edit#desk"));
		verify(this.desk).resolve(5L, 3L);
		this.mvc.perform(post("/admin/articles/5/assign").with(csrf()).param("assignee", "9"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=desk.assigned"))));
		verify(this.desk).assign(5L, 9L);
		this.mvc.perform(post("/admin/articles/5/assign").with(csrf()).param("assignee", ""))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=desk.unassigned"))));
		verify(this.desk).assign(5L, null);
	}

	@Test
	void refusesWithoutTheCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/articles/5/notes").param("note", "x")).andExpect(status().isForbidden());
	}

}
