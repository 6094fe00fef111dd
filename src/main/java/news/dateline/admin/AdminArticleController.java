package news.dateline.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.article.ArticleConflictException;
import news.dateline.article.ArticlePreview;
import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleTranslations;
import news.dateline.article.AutosaveService;
import news.dateline.article.ChecklistNotMetException;
import news.dateline.article.DeskNotes;
import news.dateline.article.EditorialService;
import news.dateline.article.PublicVersionService;
import news.dateline.article.WorkflowMove;
import news.dateline.newsletter.BreakingAlerts;
import news.dateline.system.SiteProperties;
import news.dateline.user.UserService;

/**
 * The article editor (the list is {@link AdminArticleListController}): writing a new one,
 * editing a stored one (a save from an outdated version answers 409 with both versions to
 * merge), and previewing the unsaved form through the real article page.
 */
@Controller
@RequestMapping("/admin/articles")
class AdminArticleController {

	private static final java.util.regex.Pattern LIBRARY_URL = java.util.regex.Pattern
		.compile("/media/[0-9a-f]{32}/\\d{1,5}\\.(jpg|png)");

	private final EditorialService editorial;

	private final ArticleEditorPage page;

	private final PublicVersionService versions;

	private final BreakingAlerts alerts;

	AdminArticleController(EditorialService editorial, AutosaveService autosaves, SiteProperties site, DeskNotes notes,
			UserService users, PublicVersionService versions, BreakingAlerts alerts, ArticleTranslations translations) {
		this.editorial = editorial;
		this.versions = versions;
		this.alerts = alerts;
		this.page = new ArticleEditorPage(editorial, autosaves, site, new DeskPanel(notes, users), translations);
	}

	/**
	 * A new story; {@code image} (a media library URL, from the library's "Use in a new
	 * story") is preselected.
	 */
	@GetMapping("/new")
	String blank(@RequestParam(required = false) String image, Model model) {
		if (image != null && LIBRARY_URL.matcher(image).matches()) {
			return this.page.blank(model, ArticleForm.featuring(image));
		}
		return this.page.blank(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return this.page.refused(model, null, response);
		}
		Long id;
		try {
			id = this.editorial.create(form.toEdit());
		}
		catch (ArticleRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return this.page.refused(model, null, response);
		}
		Flash.done(redirect, "article.flash.created");
		return "redirect:/admin/articles/" + id + "/edit";
	}

	/**
	 * A stored story's editor; {@code restore=autosave} fills the form from the editor's
	 * autosave.
	 */
	/**
	 * The new story's "Publish now": files it and puts it live in one step, or neither.
	 */
	@PostMapping("/publish")
	String createAndPublish(@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean sendAlert, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return this.page.refused(model, null, response);
		}
		Long id;
		try {
			id = sendAlert ? this.alerts.createAndPublish(form.toEdit(), true)
					: this.editorial.createAndMove(form.toEdit(), new WorkflowMove.Publish());
		}
		catch (ArticleRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return this.page.refused(model, null, response);
		}
		catch (ChecklistNotMetException ex) {
			return this.page.blocked(model, null, ex.unmet(), response);
		}
		Flash.done(redirect, "article.flash.published");
		return "redirect:/admin/articles/" + id + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, @RequestParam(required = false) String restore, Model model) {
		if ("autosave".equals(restore)) {
			return this.page.restored(model, id);
		}
		return this.page.stored(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean minorFix, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return this.page.refused(model, id, response);
		}
		try {
			if (minorFix) {
				this.versions.updateAsMinorFix(id, form.toEdit());
			}
			else {
				this.editorial.update(id, form.toEdit());
			}
		}
		catch (ArticleRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return this.page.refused(model, id, response);
		}
		catch (ChecklistNotMetException ex) {
			return this.page.blocked(model, id, ex.unmet(), response);
		}
		catch (ArticleConflictException ex) {
			return this.page.conflict(model, id, form, response);
		}
		Flash.done(redirect, "article.flash.saved");
		return "redirect:/admin/articles/" + id + "/edit";
	}

	/** Renders what the form holds through the article page, saving nothing. */
	@PostMapping({ "/preview", "/{id}/preview" })
	String preview(@PathVariable(required = false) Long id, @ModelAttribute("articleForm") ArticleForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		ArticlePreview preview;
		try {
			preview = this.editorial.preview(id, form.toEdit());
		}
		catch (ArticleRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return this.page.refused(model, id, response);
		}
		model.addAttribute("article", preview.article());
		model.addAttribute("preview", preview);
		ArticlePreview.keepPrivate(response::setHeader);
		return "articles/show";
	}

}
