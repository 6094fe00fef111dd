package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleStatus;
import news.dateline.article.ChecklistItem;
import news.dateline.article.ChecklistNotMetException;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionService;
import news.dateline.article.EditorialService;
import news.dateline.article.WorkflowException;
import news.dateline.web.WebSliceTests;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WithMockUser(roles = "EDITOR")
class AdminArticleWorkflowControllerTests extends WebSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EditorialService editorial;

	@Autowired
	CorrectionService corrections;

	@BeforeEach
	void setUpEditor() {
		given(this.editorial.options()).willReturn(AdminSamples.OPTIONS);
		given(this.editorial.editor(5L)).willReturn(
				AdminSamples.editor(ArticleStatus.PUBLISHED, List.of(), AdminSamples.EVERY_ACTION));
	}

	@Test
	void publishesAndRedirectsToTheEditorWithAMessage() throws Exception {
		this.mvc.perform(post("/admin/articles/5/publish").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/5/edit"))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("key=article.flash.published"))));
		verify(this.editorial).publish(5L);
	}

	@Test
	void eachWorkflowButtonCallsItsServiceMethod() throws Exception {
		for (String action : List.of("submit", "return", "unpublish")) {
			this.mvc.perform(post("/admin/articles/5/" + action).with(csrf())).andExpect(status().isFound());
		}
		verify(this.editorial).submitForReview(5L);
		verify(this.editorial).returnToDraft(5L);
		verify(this.editorial).unpublish(5L);
	}

	@Test
	void contributorsCraftedPublishIsRefusedWith403() throws Exception {
		willThrow(new AccessDeniedException("Carla (CONTRIBUTOR) may not publish")).given(this.editorial).publish(5L);
		this.mvc.perform(post("/admin/articles/5/publish").with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(view().name("admin/refused"))
			.andExpect(content().string(allOf(containsString("Your role does not allow this."))));
	}

	@Test
	void workflowFormsNeedTheCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/articles/5/publish")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/articles/5/schedule").param("at", "2026-06-21T10:30"))
			.andExpect(status().isForbidden());
		verify(this.editorial, never()).publish(anyLong());
		verify(this.editorial, never()).schedule(anyLong(), any());
	}

	@Test
	void saysWhatTheChecklistStillNeedsWith422() throws Exception {
		willThrow(new ChecklistNotMetException(List.of(ChecklistItem.SOURCE, ChecklistItem.DATELINE)))
			.given(this.editorial)
			.publish(5L);
		this.mvc.perform(post("/admin/articles/5/publish").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("admin/articles/form"))
			.andExpect(content().string(allOf(containsString("<li>A source line (at least one source; the staff desk counts)</li>"),
					containsString("<li>A dateline city</li>"))));
	}

	@Test
	void schedulesAtTheLocalTimeInTheSiteZone() throws Exception {
		this.mvc.perform(post("/admin/articles/5/schedule").with(csrf()).param("at", "2026-06-21T10:30"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("key=article.flash.scheduled"))));
		verify(this.editorial).schedule(5L, Instant.parse("2026-06-21T10:30:00Z"));
	}

	@Test
	void embargoWithoutAValidTimeKeepsThePageAndSaysWhy() throws Exception {
		this.mvc.perform(post("/admin/articles/5/embargo").with(csrf()).param("at", "tomorrow"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("embargoForm", "at"))
			.andExpect(content().string(containsString("Please enter a date and time, such as 2026-06-20 10:30.")));
		this.mvc.perform(post("/admin/articles/5/schedule").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("scheduleForm", "at"))
			.andExpect(content().string(containsString("Please choose the date and time to publish.")));
		verify(this.editorial, never()).embargo(anyLong(), any());
		verify(this.editorial, never()).schedule(anyLong(), any());
	}

	@Test
	void explainsAWorkflowMoveTheStoryStateRefuses() throws Exception {
		willThrow(new WorkflowException("article.workflow.time-in-past")).given(this.editorial)
			.schedule(5L, Instant.parse("2020-01-01T00:00:00Z"));
		this.mvc.perform(post("/admin/articles/5/schedule").with(csrf()).param("at", "2020-01-01T00:00"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attribute("workflowError", "article.workflow.time-in-past"))
			.andExpect(content().string(containsString("Choose a time in the future")));
	}

	@Test
	void addsACorrectionToThePublishedStory() throws Exception {
		this.mvc.perform(post("/admin/articles/5/corrections").with(csrf())
			.param("kind", "CLARIFICATION")
			.param("note", "The pact was signed on Wednesday."))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("key=article.flash.corrected"))));
		verify(this.corrections).add(5L, CorrectionKind.CLARIFICATION, "The pact was signed on Wednesday.");
	}

	@Test
	void refusesAnEmptyCorrectionOrAnUnknownKind() throws Exception {
		this.mvc.perform(post("/admin/articles/5/corrections").with(csrf()).param("kind", "RETRACTION").param("note", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("correctionForm", "kind", "note"))
			.andExpect(content().string(containsString("Please write the note readers will see.")));
		verify(this.corrections, never()).add(anyLong(), any(), any());
	}

}
