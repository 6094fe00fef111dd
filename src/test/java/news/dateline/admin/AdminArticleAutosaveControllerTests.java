package news.dateline.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticleStatus;
import news.dateline.article.Autosave;
import news.dateline.article.AutosaveOutcome;
import news.dateline.article.AutosaveService;
import news.dateline.article.EditLock;
import news.dateline.article.EditorialService;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WithMockUser(roles = "EDITOR")
class AdminArticleAutosaveControllerTests extends WebSliceTests {

	private static final Instant AT_10_42 = Instant.parse("2026-06-20T10:42:31.250Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	EditorialService editorial;

	@Autowired
	AutosaveService autosaves;

	@BeforeEach
	void setUpEditor() {
		given(this.editorial.options()).willReturn(AdminSamples.OPTIONS);
		given(this.editorial.editor(5L))
			.willReturn(AdminSamples.editor(ArticleStatus.PUBLISHED, List.of(), AdminSamples.EVERY_ACTION));
	}

	@Test
	void autosavesTheFormsTextAndAnswersTheTimeInTheSiteZone() throws Exception {
		given(this.autosaves.autosave(eq(5L), any())).willReturn(new AutosaveOutcome(AT_10_42, null));
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/autosave", "body", "Lorries queue — « enfin »."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("saved"))
			.andExpect(jsonPath("$.savedAt").value("10:42"));
		ArgumentCaptor<ArticleEdit> sent = ArgumentCaptor.forClass(ArticleEdit.class);
		verify(this.autosaves).autosave(eq(5L), sent.capture());
		assertThat(sent.getValue().body()).isEqualTo("Lorries queue — « enfin ».");
		assertThat(sent.getValue().version()).isEqualTo(3L);
		verify(this.editorial, never()).update(anyLong(), any());
		verify(this.editorial, never()).saveAndMove(anyLong(), any(), any());
	}

	@Test
	void anUnfinishedStoryWithoutHeadlineOrBylineIsStillAutosaved() throws Exception {
		given(this.autosaves.autosave(eq(5L), any())).willReturn(new AutosaveOutcome(AT_10_42, null));
		this.mvc.perform(post("/admin/articles/5/autosave").with(csrf()).param("body", "Half a sentence"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("saved"));
	}

	@Test
	void saysWhoHoldsTheLockWhenTheAutosaveIsRefused() throws Exception {
		given(this.autosaves.autosave(eq(5L), any())).willReturn(
				new AutosaveOutcome(null, new EditLock(7L, "Amara Okafor", Instant.parse("2026-06-20T10:40:05Z"))));
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/autosave"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("locked"))
			.andExpect(jsonPath("$.holder").value("Amara Okafor"))
			.andExpect(jsonPath("$.since").value("10:40"));
	}

	@Test
	void refusesATooLongFieldWith422AndKeepsNothing() throws Exception {
		this.mvc.perform(AdminSamples.articleForm("/admin/articles/5/autosave", "headline", "x".repeat(301)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.state").value("refused"));
		verify(this.autosaves, never()).autosave(anyLong(), any());
	}

	@Test
	void autosaveAndHeartbeatNeedTheCsrfTokenAndTheRightRole() throws Exception {
		this.mvc.perform(post("/admin/articles/5/autosave").param("body", "x")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/articles/5/heartbeat")).andExpect(status().isForbidden());
		verify(this.autosaves, never()).autosave(anyLong(), any());
		given(this.autosaves.heartbeat(5L)).willThrow(new AccessDeniedException("Carla may not edit story 5"));
		this.mvc.perform(post("/admin/articles/5/heartbeat").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aHeartbeatRenewsTheLock() throws Exception {
		given(this.autosaves.heartbeat(5L)).willReturn(new AutosaveOutcome(null, null));
		this.mvc.perform(post("/admin/articles/5/heartbeat").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("held"));
	}

	@Test
	void theEditorPageSaysWhoIsEditingAndOffersToTakeOver() throws Exception {
		given(this.autosaves.heldByOther(5L))
			.willReturn(Optional.of(new EditLock(7L, "Amara Okafor", Instant.parse("2026-06-20T10:40:05Z"))));
		this.mvc.perform(get("/admin/articles/5/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Amara Okafor is editing this story (since 10:40)."),
					containsString("action=\"/admin/articles/5/take-over\""), containsString("data-locked=\"true\""),
					containsString("data-autosave-url=\"/admin/articles/5/autosave\""))));
	}

	@Test
	void takingOverRedirectsToTheEditorWithAMessage() throws Exception {
		this.mvc.perform(post("/admin/articles/5/take-over").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/5/edit"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=article.lock.taken-over"))));
		verify(this.autosaves).takeOver(5L);
	}

	@Test
	void offersThePendingAutosaveAndRestoresItIntoTheFormWithoutSaving() throws Exception {
		Autosave autosave = new Autosave("Pact alarms Seoul", "Seoul condemns the pact.", "Seoul", "South Korea",
				"Autosaved body, not yet saved.", "North Korea", "", "", 3, AT_10_42);
		given(this.autosaves.pending(5L)).willReturn(Optional.of(autosave));
		this.mvc.perform(get("/admin/articles/5/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Restore the autosave from 10:42"),
					containsString("href=\"/admin/articles/5/edit?restore=autosave\""),
					not(containsString("Autosaved body, not yet saved.")))));
		this.mvc.perform(get("/admin/articles/5/edit").param("restore", "autosave"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The autosave from 10:42 is in the form below."),
					containsString("Autosaved body, not yet saved."), containsString("name=\"version\" value=\"3\""))));
		verify(this.editorial, never()).update(anyLong(), any());
	}

}
