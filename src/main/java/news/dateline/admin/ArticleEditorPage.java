package news.dateline.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import news.dateline.article.ArticleConflict;
import news.dateline.article.ArticleEditor;
import news.dateline.article.ArticleTranslations;
import news.dateline.article.ArticleView;
import news.dateline.article.AutosaveService;
import news.dateline.article.ChecklistItem;
import news.dateline.article.CorrectionKind;
import news.dateline.article.EditorialService;
import news.dateline.system.SiteProperties;

/**
 * Fills the model of the article editor page, for a new story or a stored one, for the
 * controllers that show it. Forms already in the model (sent back with errors) are kept,
 * so the editor's input is never lost.
 */
final class ArticleEditorPage {

	static final String VIEW = "admin/articles/form";

	static final String CONFLICT_VIEW = "admin/articles/conflict";

	private final EditorialService editorial;

	private final AutosaveService autosaves;

	private final SiteProperties site;

	private final DeskPanel desk;

	private final ArticleTranslations translations;

	ArticleEditorPage(EditorialService editorial, AutosaveService autosaves, SiteProperties site, DeskPanel desk,
			ArticleTranslations translations) {
		this.editorial = editorial;
		this.translations = translations;
		this.autosaves = autosaves;
		this.site = site;
		this.desk = desk;
	}

	String blank(Model model) {
		return blank(model, ArticleForm.blank());
	}

	/**
	 * A new story's editor, starting from this form (e.g. with a library image chosen).
	 */
	String blank(Model model, ArticleForm form) {
		model.addAttribute("articleForm", form);
		return fill(model, null);
	}

	String stored(Model model, Long id) {
		ArticleEditor editor = this.editorial.editor(id);
		if (!model.containsAttribute("articleForm")) {
			this.autosaves.pending(id).ifPresent((autosave) -> model.addAttribute("autosave", autosave));
		}
		return fill(model, editor);
	}

	/**
	 * A stored story's editor holding the editor's autosave in place of the stored text
	 * (nothing is saved until they save); without a pending autosave, the stored story.
	 */
	String restored(Model model, Long id) {
		ArticleEditor editor = this.editorial.editor(id);
		this.autosaves.pending(id).ifPresent((autosave) -> {
			model.addAttribute("articleForm", ArticleForm.of(autosave.over(editor.edit())));
			model.addAttribute("restored", autosave);
		});
		return fill(model, editor);
	}

	/** The page again with status 422, after input the editor must correct. */
	String refused(Model model, Long id, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return (id != null) ? stored(model, id) : fill(model, null);
	}

	/**
	 * The page with 422, saying why the story could not go live (or be queued to) yet.
	 */
	String blocked(Model model, Long id, List<ChecklistItem> unmet, HttpServletResponse response) {
		model.addAttribute("blocked", unmet);
		return refused(model, id, response);
	}

	/** The page with 422 and a message about the workflow move that was refused. */
	String workflowError(Model model, Long id, String messageKey, HttpServletResponse response) {
		model.addAttribute("workflowError", messageKey);
		return refused(model, id, response);
	}

	/**
	 * The 409 page: the form was filled from an older version than the stored story's; it
	 * shows both and a form holding the editor's text with the current version, so that
	 * saving it again is a deliberate overwrite.
	 */
	String conflict(Model model, Long id, ArticleForm form, HttpServletResponse response) {
		ArticleConflict conflict = this.editorial.conflict(id, form.toEdit());
		model.addAttribute("conflict", conflict);
		model.addAttribute("articleForm", ArticleForm.of(conflict.merge()));
		model.addAttribute("options", this.editorial.options());
		response.setStatus(HttpStatus.CONFLICT.value());
		return CONFLICT_VIEW;
	}

	private String fill(Model model, ArticleEditor editor) {
		model.addAttribute("editor", editor);
		if (editor == null) {
			model.addAttribute("mayPublishNew", this.editorial.mayPublishOwn());
		}
		else {
			this.autosaves.heldByOther(editor.id()).ifPresent((lock) -> model.addAttribute("editLock", lock));
			this.desk.fill(model, editor.id());
			model.addAttribute("translations", this.translations.panel(editor.id()));
			addIfAbsent(model, "translationForm", TranslationForm.empty());
		}
		List<String> languages = this.translations.languages();
		model.addAttribute("languages", languages);
		model.addAttribute("languageNames", LanguageNames.of(languages));
		if (!model.containsAttribute("articleForm")) {
			model.addAttribute("articleForm", ArticleForm.of(editor.edit()));
		}
		model.addAttribute("options", this.editorial.options());
		model.addAttribute("checklistItems", ChecklistItem.values());
		model.addAttribute("correctionKinds", CorrectionKind.values());
		model.addAttribute("timeZone", this.site.timeZone());
		model.addAttribute("storyUrlPrefix", this.site.absolute(ArticleView.urlOf("")));
		addIfAbsent(model, "scheduleForm", ReleaseForm.empty());
		addIfAbsent(model, "embargoForm", ReleaseForm.empty());
		addIfAbsent(model, "correctionForm", CorrectionForm.empty());
		return VIEW;
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
