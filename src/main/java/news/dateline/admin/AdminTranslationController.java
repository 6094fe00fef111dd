package news.dateline.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleTranslations;
import news.dateline.article.AutosaveService;
import news.dateline.article.DeskNotes;
import news.dateline.article.EditorialService;
import news.dateline.system.SiteProperties;
import news.dateline.user.UserService;

/**
 * The editor page's translations panel: starting a story's translation into another
 * edition's language (then editing it), linking an existing story as a translation, and
 * unlinking. A refusal shows the editor page again with the message beside the field.
 */
@Controller
@RequestMapping("/admin/articles/{id}/translations")
class AdminTranslationController {

	private final ArticleTranslations translations;

	private final ArticleEditorPage page;

	AdminTranslationController(ArticleTranslations translations, EditorialService editorial, AutosaveService autosaves,
			SiteProperties site, DeskNotes notes, UserService users) {
		this.translations = translations;
		this.page = new ArticleEditorPage(editorial, autosaves, site, new DeskPanel(notes, users), translations);
	}

	@PostMapping
	String start(@PathVariable Long id, @Valid @ModelAttribute("translationForm") TranslationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return this.page.refused(model, id, response);
		}
		Long translation;
		try {
			translation = this.translations.start(id, form.language());
		}
		catch (ArticleRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return this.page.refused(model, id, response);
		}
		Flash.done(redirect, "translation.flash.started");
		return "redirect:/admin/articles/" + translation + "/edit";
	}

	@PostMapping("/link")
	String link(@PathVariable Long id, @Valid @ModelAttribute("translationForm") TranslationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return this.page.refused(model, id, response);
		}
		try {
			this.translations.link(id, form.slug());
		}
		catch (ArticleRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return this.page.refused(model, id, response);
		}
		Flash.done(redirect, "translation.flash.linked");
		return "redirect:/admin/articles/" + id + "/edit#translations";
	}

	@PostMapping("/unlink")
	String unlink(@PathVariable Long id, RedirectAttributes redirect) {
		this.translations.unlink(id);
		Flash.done(redirect, "translation.flash.unlinked");
		return "redirect:/admin/articles/" + id + "/edit#translations";
	}

}
