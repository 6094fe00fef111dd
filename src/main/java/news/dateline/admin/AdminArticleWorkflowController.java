package news.dateline.admin;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

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

import news.dateline.article.ChecklistNotMetException;
import news.dateline.article.CorrectionService;
import news.dateline.article.EditorialService;
import news.dateline.article.WorkflowException;
import news.dateline.system.SiteProperties;

/**
 * The workflow buttons of the editor page, each a small POST form: submit for review, send back,
 * publish, schedule, embargo, unpublish, and adding a correction. The service decides who may press
 * which; a refused move shows the editor page again with the reason.
 */
@Controller
@RequestMapping("/admin/articles/{id}")
class AdminArticleWorkflowController {

	private final EditorialService editorial;

	private final CorrectionService corrections;

	private final ArticleEditorPage page;

	private final SiteProperties site;

	AdminArticleWorkflowController(EditorialService editorial, CorrectionService corrections, SiteProperties site) {
		this.editorial = editorial;
		this.corrections = corrections;
		this.page = new ArticleEditorPage(editorial, site);
		this.site = site;
	}

	@PostMapping("/submit")
	String submit(@PathVariable Long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return move(id, this.editorial::submitForReview, "article.flash.submitted", model, redirect, response);
	}

	@PostMapping("/return")
	String returnToDraft(@PathVariable Long id, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return move(id, this.editorial::returnToDraft, "article.flash.returned", model, redirect, response);
	}

	@PostMapping("/publish")
	String publish(@PathVariable Long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return move(id, this.editorial::publish, "article.flash.published", model, redirect, response);
	}

	@PostMapping("/unpublish")
	String unpublish(@PathVariable Long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return move(id, this.editorial::unpublish, "article.flash.unpublished", model, redirect, response);
	}

	@PostMapping("/schedule")
	String schedule(@PathVariable Long id, @Valid @ModelAttribute("scheduleForm") ReleaseForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return queue(id, form, result, this.editorial::schedule, "article.flash.scheduled", model, redirect, response);
	}

	@PostMapping("/embargo")
	String embargo(@PathVariable Long id, @Valid @ModelAttribute("embargoForm") ReleaseForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return queue(id, form, result, this.editorial::embargo, "article.flash.embargoed", model, redirect, response);
	}

	@PostMapping("/corrections")
	String correct(@PathVariable Long id, @Valid @ModelAttribute("correctionForm") CorrectionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return this.page.refused(model, id, response);
		}
		return move(id, (article) -> this.corrections.add(article, form.correctionKind(), form.note()),
				"article.flash.corrected", model, redirect, response);
	}

	private String queue(Long id, ReleaseForm form, BindingResult result, BiConsumer<Long, Instant> action,
			String done, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<Instant> at = result.hasErrors() ? Optional.empty() : form.instantIn(this.site.timeZone());
		if (at.isEmpty()) {
			if (!result.hasErrors()) {
				result.rejectValue("at", "typeMismatch");
			}
			return this.page.refused(model, id, response);
		}
		return move(id, (article) -> action.accept(article, at.get()), done, model, redirect, response);
	}

	private String move(Long id, Consumer<Long> action, String done, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			action.accept(id);
		}
		catch (ChecklistNotMetException ex) {
			return this.page.blocked(model, id, ex.unmet(), response);
		}
		catch (WorkflowException ex) {
			return this.page.workflowError(model, id, ex.messageKey(), response);
		}
		Flash.done(redirect, done);
		return "redirect:/admin/articles/" + id + "/edit";
	}

}
