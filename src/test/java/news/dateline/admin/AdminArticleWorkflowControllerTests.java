package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleConflict;
import news.dateline.article.ArticleConflictException;
import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ChecklistItem;
import news.dateline.article.ChecklistNotMetException;
import news.dateline.article.CorrectionKind;
import news.dateline.article.EditorialService;
import news.dateline.article.WorkflowException;
import news.dateline.article.WorkflowMove;
import news.dateline.web.WebSliceTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WithMockUser(roles = "EDITOR")
class AdminArticleWorkflowControllerTests extends WebSliceTests {

	private static final String NEW_DECK = "Seoul condemns the pact — “a grave provocation”.";

	/**
	 * The new deck as the editor's textarea holds it (Thymeleaf escapes typography as
	 * entities there).
	 */
	private static final String NEW_DECK_SHOWN = "Seoul condemns the pact &mdash; &ldquo;a grave provocation&rdquo;.";

	@Autowired
	MockMvc mvc;

	@Autowired
	EditorialService editorial;

	@BeforeEach
	void setUpEditor() {
		given(this.editorial.options()).willReturn(AdminSamples.OPTIONS);
		given(this.editorial.editor(5L))
			.willReturn(AdminSamples.editor(ArticleStatus.PUBLISHED, List.of(), AdminSamples.EVERY_ACTION));
	}

	@Test
	void publishesWhatTheFormHoldsAndRedirectsToTheEditorWithAMessage() throws Exception {
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/publish", "deck", NEW_DECK))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/5/edit"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=article.flash.published"))));
		ArgumentCaptor<ArticleEdit> sent = ArgumentCaptor.forClass(ArticleEdit.class);
		verify(this.editorial).saveAndMove(eq(5L), sent.capture(), eq(new WorkflowMove.Publish()));
		assertThat(sent.getValue().deck()).isEqualTo(NEW_DECK);
		assertThat(sent.getValue().version()).isEqualTo(3L);
		assertThat(sent.getValue().bylines()).containsExactly("mina-park", "tarun-kumar");
	}

	@Test
	void publishingWithTheAlertBoxTickedGoesThroughTheAlerts() throws Exception {
		this.mvc
			.perform(AdminSamples.articleForm("/admin/articles/5/publish", "deck", NEW_DECK).param("sendAlert", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/5/edit"));
		verify(this.breakingAlerts).saveAndMove(eq(5L), any(), eq(new WorkflowMove.Publish()), eq(true));
		verify(this.editorial, org.mockito.Mockito.never()).saveAndMove(any(), any(), any());
	}

	@Test
	void eachWorkflowButtonSavesTheFormWithItsMove() throws Exception {
		for (String action : List.of("submit", "return", "unpublish")) {
			this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/" + action)).andExpect(status().isFound());
		}
		verify(this.editorial).saveAndMove(eq(5L), any(), eq(new WorkflowMove.Submit()));
		verify(this.editorial).saveAndMove(eq(5L), any(), eq(new WorkflowMove.ReturnToDraft()));
		verify(this.editorial).saveAndMove(eq(5L), any(), eq(new WorkflowMove.Unpublish()));
	}

	@Test
	void anInvalidFormIsNeitherSavedNorMovedAndStaysOnScreen() throws Exception {
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/publish", "headline", " ", "deck", NEW_DECK))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("admin/articles/form"))
			.andExpect(model().attributeHasFieldErrors("articleForm", "headline"))
			.andExpect(content().string(containsString(NEW_DECK_SHOWN)));
		verify(this.editorial, never()).saveAndMove(anyLong(), any(), any());
	}

	@Test
	void contributorsCraftedPublishIsRefusedWith403() throws Exception {
		willThrow(new AccessDeniedException("Carla (CONTRIBUTOR) may not publish")).given(this.editorial)
			.saveAndMove(eq(5L), any(), eq(new WorkflowMove.Publish()));
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/publish"))
			.andExpect(status().isForbidden())
			.andExpect(view().name("admin/refused"))
			.andExpect(content().string(allOf(containsString("Your role does not allow this."))));
	}

	@Test
	void workflowFormsNeedTheCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/articles/5/publish").param("headline", "No token").param("bylines", "mina-park"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/articles/5/schedule").param("scheduleAt", "2026-06-21T10:30"))
			.andExpect(status().isForbidden());
		verify(this.editorial, never()).saveAndMove(anyLong(), any(), any());
	}

	@Test
	void saysWhatTheChecklistStillNeedsWith422AndKeepsTheEdits() throws Exception {
		willThrow(new ChecklistNotMetException(List.of(ChecklistItem.SOURCE, ChecklistItem.DATELINE)))
			.given(this.editorial)
			.saveAndMove(eq(5L), any(), eq(new WorkflowMove.Publish()));
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/publish", "deck", NEW_DECK))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("admin/articles/form"))
			.andExpect(content()
				.string(allOf(containsString("<li>A source line (at least one source; the staff desk counts)</li>"),
						containsString("<li>A dateline city</li>"), containsString(NEW_DECK_SHOWN))));
	}

	@Test
	void answersAFormFromAnOutdatedVersionWith409AndBothVersions() throws Exception {
		willThrow(new ArticleConflictException(5L)).given(this.editorial)
			.saveAndMove(eq(5L), any(), eq(new WorkflowMove.Publish()));
		ArticleEdit current = AdminSamples.edit("Pact alarms Seoul and Tokyo", "The current body.", 4);
		given(this.editorial.conflict(eq(5L), any()))
			.willAnswer((invocation) -> new ArticleConflict(5L, invocation.getArgument(1), current, 4));
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/publish", "deck", NEW_DECK))
			.andExpect(status().isConflict())
			.andExpect(view().name(ArticleEditorPage.CONFLICT_VIEW))
			.andExpect(content().string(allOf(containsString(NEW_DECK_SHOWN), containsString("The current body."),
					containsString("name=\"version\" value=\"4\""))));
	}

	@Test
	void schedulesAtTheLocalTimeInTheSiteZone() throws Exception {
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/schedule", "scheduleAt", "2026-06-21T10:30"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", hasToString(containsString("key=article.flash.scheduled"))));
		verify(this.editorial).saveAndMove(eq(5L), any(),
				eq(new WorkflowMove.Schedule(Instant.parse("2026-06-21T10:30:00Z"))));
	}

	@Test
	void embargoWithoutAValidTimeKeepsThePageAndSaysWhy() throws Exception {
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/embargo", "embargoAt", "tomorrow"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("embargoForm", "at"))
			.andExpect(content().string(allOf(containsString("Please enter a date and time, such as 2026-06-20 10:30."),
					containsString("value=\"tomorrow\""))));
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/schedule"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("scheduleForm", "at"))
			.andExpect(content().string(containsString("Please choose the date and time to publish.")));
		verify(this.editorial, never()).saveAndMove(anyLong(), any(), any());
	}

	@Test
	void explainsAWorkflowMoveTheStoryStateRefuses() throws Exception {
		willThrow(new WorkflowException("article.workflow.time-in-past")).given(this.editorial)
			.saveAndMove(eq(5L), any(), eq(new WorkflowMove.Schedule(Instant.parse("2020-01-01T00:00:00Z"))));
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/schedule", "scheduleAt", "2020-01-01T00:00"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attribute("workflowError", "article.workflow.time-in-past"))
			.andExpect(content().string(containsString("Choose a time in the future")));
	}

	@Test
	void addsACorrectionToThePublishedStoryWithTheFormsEdits() throws Exception {
		this.mvc
			.perform(AdminSamples.articleForm("/admin/articles/5/corrections", "kind", "CLARIFICATION", "note",
					"The pact was signed on Wednesday."))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", hasToString(containsString("key=article.flash.corrected"))));
		verify(this.editorial).saveAndMove(eq(5L), any(),
				eq(new WorkflowMove.Correct(CorrectionKind.CLARIFICATION, "The pact was signed on Wednesday.")));
	}

	@Test
	void refusesAnEmptyCorrectionOrAnUnknownKind() throws Exception {
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/corrections", "kind", "RETRACTION", "note", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("correctionForm", "kind", "note"))
			.andExpect(content().string(containsString("Please write the note readers will see.")));
		verify(this.editorial, never()).saveAndMove(anyLong(), any(), any());
	}

	@Test
	void everyWorkflowButtonBelongsToTheEditorsForm() throws Exception {
		this.mvc.perform(get("/admin/articles/5/edit"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("form=\"article-form\" formaction=\"/admin/articles/5/publish\""),
						containsString("form=\"article-form\" formaction=\"/admin/articles/5/unpublish\""),
						containsString("form=\"article-form\" name=\"scheduleAt\""),
						containsString("formaction=\"/admin/articles/5/corrections\""))));
	}

	@Test
	void aNewStoryIsFiledAndPublishedInOneStep() throws Exception {
		given(this.editorial.createAndMove(any(), eq(new WorkflowMove.Publish()))).willReturn(12L);
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/publish", "version", "", "deck", NEW_DECK))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/12/edit"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=article.flash.published"))));
		ArgumentCaptor<ArticleEdit> sent = ArgumentCaptor.forClass(ArticleEdit.class);
		verify(this.editorial).createAndMove(sent.capture(), eq(new WorkflowMove.Publish()));
		assertThat(sent.getValue().deck()).isEqualTo(NEW_DECK);
	}

	@Test
	void aNewStoryTheChecklistRefusesStaysOnScreenUnfiled() throws Exception {
		given(this.editorial.mayPublishOwn()).willReturn(true);
		willThrow(new ChecklistNotMetException(List.of(ChecklistItem.SOURCE))).given(this.editorial)
			.createAndMove(any(), any());
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/publish", "version", "", "deck", NEW_DECK))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("A source line"), containsString(NEW_DECK_SHOWN),
					containsString("action=\"/admin/articles\""))));
	}

	@Test
	void theNewStoryPageOffersPublishNowOnlyToThoseWhoMayPublish() throws Exception {
		given(this.editorial.mayPublishOwn()).willReturn(true);
		this.mvc.perform(get("/admin/articles/new"))
			.andExpect(content().string(containsString("formaction=\"/admin/articles/publish\"")));
		given(this.editorial.mayPublishOwn()).willReturn(false);
		this.mvc.perform(get("/admin/articles/new"))
			.andExpect(content().string(not(containsString("formaction=\"/admin/articles/publish\""))));
	}

}
