package news.dateline.admin;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.article.ArticleConflict;
import news.dateline.article.ArticleConflictException;
import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticlePreview;
import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ArticleView;
import news.dateline.article.ChecklistItem;
import news.dateline.article.ChecklistNotMetException;
import news.dateline.article.EditorOptions;
import news.dateline.article.EditorialService;
import news.dateline.support.MutableClock;
import news.dateline.web.WebSliceTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WithMockUser(roles = "EDITOR")
class AdminArticleControllerTests extends WebSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EditorialService editorial;

	@BeforeEach
	void setUpOptions() {
		given(this.editorial.options()).willReturn(AdminSamples.OPTIONS);
		given(this.editorial.editor(5L))
			.willReturn(AdminSamples.editor(ArticleStatus.DRAFT, List.of(), AdminSamples.EDITOR_ACTIONS));
	}

	private static MockHttpServletRequestBuilder form(String path, String... changes) {
		return AdminSamples.articleForm(path, changes);
	}

	@Test
	@WithAnonymousUser
	void refusesAnonymousVisitors() throws Exception {
		this.mvc.perform(get("/admin/articles"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(form("/admin/articles")).andExpect(redirectedUrl("/admin/login"));
		verifyNoInteractions(this.editorial);
	}

	@Test
	void offersAnEmptyFormForANewStory() throws Exception {
		this.mvc.perform(get("/admin/articles/new"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/articles/form"))
			.andExpect(content().string(allOf(containsString("name=\"_csrf\""), containsString("id=\"byline-3\""),
					not(containsString("id=\"byline-4\"")),
					containsString("<option value=\"mina-park\">Mina Park</option>"),
					containsString("formaction=\"/admin/articles/preview\""),
					containsString("action=\"/admin/articles\""), containsString("checked=\"checked\""))));
	}

	@Test
	void filesTheDraftAndRedirectsToItsEditor() throws Exception {
		given(this.editorial.create(any())).willReturn(7L);
		this.mvc.perform(form("/admin/articles"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/7/edit"))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers
				.hasToString(org.hamcrest.Matchers.containsString("key=article.flash.created"))));
		ArgumentCaptor<ArticleEdit> sent = ArgumentCaptor.forClass(ArticleEdit.class);
		verify(this.editorial).create(sent.capture());
		assertThat(sent.getValue().bylines()).containsExactly("mina-park", "tarun-kumar");
		assertThat(sent.getValue().sources()).containsExactly("ap");
		assertThat(sent.getValue().commentsOpen()).isTrue();
		assertThat(sent.getValue().body()).isEqualTo("South Korea on **Thursday** condemned the pact.");
	}

	@Test
	void offersLibraryImagesAndSendsTheChosenOneAsTheImage() throws Exception {
		String library = "/media/0123456789abcdef0123456789abcdef/1600.jpg";
		given(this.editorial.options())
			.willReturn(new EditorOptions(AdminSamples.OPTIONS.sections(), AdminSamples.OPTIONS.authors(),
					AdminSamples.OPTIONS.sources(), List.of(new EditorOptions.Option(library, "harbour.jpg (Boats)"))));
		this.mvc.perform(get("/admin/articles/new").param("image", library))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<option value=\"" + library + "\" selected=\"selected\">harbour.jpg (Boats)</option>")));
		this.mvc.perform(get("/admin/articles/new").param("image", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("javascript:alert(1)"))));
		given(this.editorial.create(any())).willReturn(7L);
		this.mvc.perform(form("/admin/articles", "imageLibrary", library, "imageUrl", "https://example.org/old.jpg"))
			.andExpect(redirectedUrl("/admin/articles/7/edit"));
		ArgumentCaptor<ArticleEdit> sent = ArgumentCaptor.forClass(ArticleEdit.class);
		verify(this.editorial).create(sent.capture());
		assertThat(sent.getValue().imageUrl()).isEqualTo(library);
		this.mvc.perform(form("/admin/articles", "imageLibrary", "/media/../../etc/passwd"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Please choose an image from the list.")));
	}

	@Test
	void keepsTheInputAndSaysWhatIsMissingWith422() throws Exception {
		this.mvc.perform(form("/admin/articles", "headline", " ", "bylines", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("admin/articles/form"))
			.andExpect(model().attributeHasFieldErrors("articleForm", "headline", "bylines"))
			.andExpect(content().string(allOf(containsString("Please write a headline."),
					containsString("Please choose at least one byline."), containsString("id=\"headline-error\""),
					containsString("Seoul condemns the pact."), containsString("on **Thursday** condemned"))));
		verify(this.editorial, never()).create(any());
	}

	@Test
	void refusesAMalformedSlugAndAScriptImageAddress() throws Exception {
		this.mvc.perform(form("/admin/articles", "slug", "Bad Slug!", "imageUrl", "javascript:alert(1)"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("articleForm", "slug", "imageUrl"))
			.andExpect(content().string(allOf(containsString("Use lower-case letters, digits and single hyphens"),
					containsString("Please enter an address starting with https://"))));
		verify(this.editorial, never()).create(any());
	}

	@Test
	void showsWhatTheServiceRefusedBesideTheField() throws Exception {
		given(this.editorial.create(any())).willThrow(new ArticleRejectedException("slug", "article.slug.taken"));
		this.mvc.perform(form("/admin/articles", "slug", "taken-slug"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("articleForm", "slug", "article.slug.taken"))
			.andExpect(content().string(allOf(containsString("Another story already uses this slug."),
					containsString("value=\"taken-slug\""))));
	}

	@Test
	void refusesATamperedVersionAndKeepsEverythingElse() throws Exception {
		this.mvc.perform(form("/admin/articles/5", "version", "abc", "commentsOpen", "maybe"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("articleForm", "version"))
			.andExpect(content().string(
					allOf(containsString("This form is out of date."), containsString("value=\"Pact alarms Seoul\""))));
		verify(this.editorial, never()).update(anyLong(), any());
	}

	@Test
	void refusesAFormWithoutTheCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/articles").param("headline", "No token").param("bylines", "tarun-kumar"))
			.andExpect(status().isForbidden());
		verify(this.editorial, never()).create(any());
	}

	@Test
	void showsTheMessageOfTheSaveThatLedToTheEditor() throws Exception {
		given(this.editorial.editor(5L)).willReturn(AdminSamples.editor(ArticleStatus.DRAFT,
				List.of(ChecklistItem.DECK, ChecklistItem.SOURCE), AdminSamples.EDITOR_ACTIONS));
		this.mvc
			.perform(get("/admin/articles/5/edit").flashAttr("flash",
					new Flash("article.flash.created", new Object[0], false)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft saved.")));
	}

	@Test
	void showsTheEditorWithChecklistWorkflowButtonsAndPreviewLink() throws Exception {
		given(this.editorial.editor(5L)).willReturn(AdminSamples.editor(ArticleStatus.DRAFT,
				List.of(ChecklistItem.DECK, ChecklistItem.SOURCE), AdminSamples.EDITOR_ACTIONS));
		this.mvc.perform(get("/admin/articles/5/edit"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/articles/form"))
			.andExpect(model().attribute("articleForm",
					ArticleForm
						.of(AdminSamples.edit("Pact alarms Seoul", "South Korea on Thursday condemned the pact.", 3))))
			.andExpect(content().string(allOf(containsString("action=\"/admin/articles/5\""),
					containsString("name=\"version\" value=\"3\""),
					containsString("<option value=\"tarun-kumar\" selected=\"selected\">Tarun Kumar</option>"),
					containsString("Missing:</span>\n            <span>A deck</span>"),
					containsString("action=\"/admin/articles/5/publish\""),
					containsString("action=\"/admin/articles/5/schedule\""),
					containsString("action=\"/admin/articles/5/embargo\""),
					containsString("action=\"/admin/articles/5/submit\""),
					not(containsString("action=\"/admin/articles/5/unpublish\"")),
					containsString("http://localhost:8080/preview/5?expires=1781949600&amp;sig=abc"),
					containsString("The pact was signed on Wednesday."), containsString("Publish at (UTC)"))));
	}

	@Test
	void savesAndRedirectsBackToTheEditor() throws Exception {
		this.mvc.perform(form("/admin/articles/5"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/5/edit"))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers
				.hasToString(org.hamcrest.Matchers.containsString("key=article.flash.saved"))));
		ArgumentCaptor<ArticleEdit> sent = ArgumentCaptor.forClass(ArticleEdit.class);
		verify(this.editorial).update(eq(5L), sent.capture());
		assertThat(sent.getValue().version()).isEqualTo(3L);
	}

	@Test
	void answersASaveFromAnOutdatedVersionWith409AndBothVersions() throws Exception {
		willThrow(new ArticleConflictException(5L)).given(this.editorial).update(eq(5L), any());
		ArticleEdit current = AdminSamples.edit("Pact alarms Seoul and Tokyo", "The current body.", 4);
		given(this.editorial.conflict(eq(5L), any()))
			.willAnswer((invocation) -> new ArticleConflict(5L, invocation.getArgument(1), current, 4));
		this.mvc.perform(form("/admin/articles/5", "body", "My <b>own</b> body."))
			.andExpect(status().isConflict())
			.andExpect(view().name(ArticleEditorPage.CONFLICT_VIEW))
			.andExpect(content().string(allOf(containsString("Someone else saved this story while you were editing it"),
					containsString("My &lt;b&gt;own&lt;/b&gt; body."), containsString("The current body."),
					containsString("Pact alarms Seoul and Tokyo"), containsString("name=\"version\" value=\"4\""),
					containsString("action=\"/admin/articles/5\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void saysWhichChecklistItemsALiveStoryWouldLose() throws Exception {
		willThrow(new ChecklistNotMetException(List.of(ChecklistItem.DECK))).given(this.editorial)
			.update(eq(5L), any());
		given(this.editorial.editor(5L))
			.willReturn(AdminSamples.editor(ArticleStatus.PUBLISHED, List.of(), AdminSamples.EDITOR_ACTIONS));
		this.mvc.perform(form("/admin/articles/5", "deck", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attribute("blocked", List.of(ChecklistItem.DECK)))
			.andExpect(content()
				.string(allOf(containsString("until the checklist is met"), containsString("<li>A deck</li>"))));
	}

	@Test
	void answersAnActionTheServiceRefusesWith403() throws Exception {
		willThrow(new AccessDeniedException("contributor")).given(this.editorial).update(anyLong(), any());
		this.mvc.perform(form("/admin/articles/5"))
			.andExpect(status().isForbidden())
			.andExpect(
					content().string(allOf(containsString("This is not allowed"), not(containsString("contributor")))));
	}

	@Test
	void previewsTheUnsavedFormThroughTheArticlePage() throws Exception {
		ArticleView page = new ArticleView(null, "pact-alarms-seoul", "Pact alarms Seoul", "Seoul condemns the pact.",
				"SEOUL.-", "<p><span class=\"dateline\">SEOUL.-</span> South Korea on <strong>Thursday</strong></p>",
				null, null, MutableClock.START, false, List.of(), List.of(), List.of(), true, 0, List.of(), null, null,
				null, List.of());
		given(this.editorial.preview(isNull(), any()))
			.willReturn(new ArticlePreview(page, ArticleStatus.DRAFT, null, null));
		this.mvc.perform(form("/admin/articles/preview"))
			.andExpect(status().isOk())
			.andExpect(view().name("articles/show"))
			.andExpect(header().string("Cache-Control", "private, no-store"))
			.andExpect(content().string(allOf(containsString("class=\"preview-banner\""),
					containsString("This story is not public (Draft)"), containsString("These are unsaved changes."),
					containsString("<meta name=\"robots\" content=\"noindex, nofollow\">"),
					containsString("South Korea on <strong>Thursday</strong>"), not(containsString("Leave a Reply")),
					not(containsString("rel=\"canonical\"")))));
		verify(this.editorial, never()).create(any());
		verify(this.editorial, never()).update(anyLong(), any());
	}

}
