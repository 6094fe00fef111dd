package news.dateline.admin;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ArticleTranslations;
import news.dateline.article.EditorialService;
import news.dateline.article.TranslationPanel;
import news.dateline.web.WebSliceTests;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WithMockUser(roles = "EDITOR")
class AdminTranslationControllerTests extends WebSliceTests {

	static final TranslationPanel UNTRANSLATED = new TranslationPanel(5L, "en", false,
			List.of(new TranslationPanel.Row("en", 5L, "Pact alarms Seoul", ArticleStatus.PUBLISHED, true),
					new TranslationPanel.Row("es", null, null, null, false)),
			null);

	static final TranslationPanel TRANSLATION = new TranslationPanel(7L, "es", true,
			List.of(new TranslationPanel.Row("en", 5L, "Pact alarms Seoul", ArticleStatus.PUBLISHED, false),
					new TranslationPanel.Row("es", 7L, "El pacto alarma a Seúl", ArticleStatus.DRAFT, true)),
			new TranslationPanel.Original(5L, "en", "Pact alarms Seoul", "Seoul condemns the pact — “a threat”.",
					"South Korea on **Thursday** condemned <the pact> 🇰🇷."));

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleTranslations translations;

	@Autowired
	EditorialService editorial;

	@BeforeEach
	void setUpEditor() {
		given(this.editorial.options()).willReturn(AdminSamples.OPTIONS);
		given(this.editorial.editor(any()))
			.willReturn(AdminSamples.editor(ArticleStatus.DRAFT, List.of(), AdminSamples.EDITOR_ACTIONS));
	}

	@Test
	void theEditorOffersToStartTheSpanishTranslation() throws Exception {
		given(this.translations.panel(5L)).willReturn(UNTRANSLATED);
		this.mvc.perform(get("/admin/articles/5/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Translations"), containsString("action=\"/admin/articles/5/translations\""),
							containsString("Start the Spanish translation"), containsString("name=\"_csrf\""),
							containsString("action=\"/admin/articles/5/translations/link\""),
							containsString("<option value=\"es\">Spanish</option>"), not(containsString("Unlink")))));
	}

	@Test
	void aTranslationsEditorShowsItsOriginalBesideTheFormAsText() throws Exception {
		given(this.translations.panel(any())).willReturn(TRANSLATION);
		this.mvc.perform(get("/admin/articles/7/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The original (English)"),
					containsString("editor__main--translating"), containsString("lang=\"en\""),
					containsString("South Korea on **Thursday** condemned &lt;the pact&gt; 🇰🇷."),
					containsString("href=\"/admin/articles/5/edit\""), containsString("disabled"),
					containsString("Unlink its translations to change it."),
					containsString("/translations/unlink\""))));
	}

	@Test
	void startingATranslationOpensItsDraft() throws Exception {
		given(this.translations.start(5L, "es")).willReturn(7L);
		this.mvc.perform(post("/admin/articles/5/translations").with(csrf()).param("language", "es"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/articles/7/edit"))
			.andExpect(flash().attributeExists("flash"));
	}

	@Test
	void aSecondTranslationInALanguageIsRefusedBesideTheField() throws Exception {
		given(this.translations.panel(5L)).willReturn(UNTRANSLATED);
		willThrow(new ArticleRejectedException("slug", "translation.exists")).given(this.translations)
			.link(5L, "suben-las-tasas");
		this.mvc.perform(post("/admin/articles/5/translations/link").with(csrf()).param("slug", "suben-las-tasas"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"translation-slug-error\""),
					containsString("This story already has a translation in that language."),
					containsString("value=\"suben-las-tasas\""))));
	}

	@Test
	void unlinkingNeedsTheFormsToken() throws Exception {
		this.mvc.perform(post("/admin/articles/7/translations/unlink")).andExpect(status().isForbidden());
		verify(this.translations, never()).unlink(any());
		this.mvc.perform(post("/admin/articles/7/translations/unlink").with(csrf()))
			.andExpect(redirectedUrl("/admin/articles/7/edit#translations"));
		verify(this.translations).unlink(7L);
	}

}
