package news.dateline.admin;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.article.ArticleConflictException;
import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleTranslations;
import news.dateline.article.AutosaveService;
import news.dateline.article.ChecklistNotMetException;
import news.dateline.article.DeskNotes;
import news.dateline.article.EditorialService;
import news.dateline.article.WorkflowException;
import news.dateline.article.WorkflowMove;
import news.dateline.newsletter.BreakingAlerts;
import news.dateline.system.SiteProperties;
import news.dateline.user.UserService;

/**
 * The workflow buttons of the editor page: submit for review, send back, publish,
 * schedule, embargo, unpublish, and adding a correction. Each belongs to the editor's
 * form, so it saves the form's current edits and makes its move in one step (the service
 * decides who may press which); a refused save or move shows the editor page again with
 * the edits kept and the reason.
 */
@Controller
@RequestMapping("/admin/articles/{id}")
class AdminArticleWorkflowController {

	private final EditorialService editorial;

	private final ArticleEditorPage page;

	private final SiteProperties site;

	private final BreakingAlerts alerts;

	AdminArticleWorkflowController(EditorialService editorial, AutosaveService autosaves, SiteProperties site,
			DeskNotes notes, UserService users, BreakingAlerts alerts, ArticleTranslations translations) {
		this.editorial = editorial;
		this.alerts = alerts;
		this.page = new ArticleEditorPage(editorial, autosaves, site, new DeskPanel(notes, users), translations);
		this.site = site;
	}

	@PostMapping("/submit")
	String submit(@PathVariable Long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return move(new Step(id, form, result, model, response), new WorkflowMove.Submit(), "article.flash.submitted",
				redirect);
	}

	@PostMapping("/return")
	String returnToDraft(@PathVariable Long id, @Valid @ModelAttribute("articleForm") ArticleForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return move(new Step(id, form, result, model, response), new WorkflowMove.ReturnToDraft(),
				"article.flash.returned", redirect);
	}

	@PostMapping("/publish")
	String publish(@PathVariable Long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean sendAlert, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Step step = new Step(id, form, result, model, response);
		return move(step, new WorkflowMove.Publish(), sendAlert, "article.flash.published", redirect);
	}

	@PostMapping("/unpublish")
	String unpublish(@PathVariable Long id, @Valid @ModelAttribute("articleForm") ArticleForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return move(new Step(id, form, result, model, response), new WorkflowMove.Unpublish(),
				"article.flash.unpublished", redirect);
	}

	@PostMapping("/schedule")
	String schedule(@PathVariable Long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "") String scheduleAt, @RequestParam(defaultValue = "false") boolean sendAlert,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Step step = new Step(id, form, result, model, response);
		return queue(step, "scheduleForm", scheduleAt, WorkflowMove.Schedule::new, sendAlert, "article.flash.scheduled",
				redirect);
	}

	@PostMapping("/embargo")
	String embargo(@PathVariable Long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "") String embargoAt, @RequestParam(defaultValue = "false") boolean sendAlert,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Step step = new Step(id, form, result, model, response);
		return queue(step, "embargoForm", embargoAt, WorkflowMove.Embargo::new, sendAlert, "article.flash.embargoed",
				redirect);
	}

	@PostMapping("/corrections")
	String correct(@PathVariable Long id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@Valid @ModelAttribute("correctionForm") CorrectionForm correction, BindingResult correctionResult,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Step step = new Step(id, form, result, model, response);
		if (correctionResult.hasErrors()) {
			return this.page.refused(model, id, response);
		}
		return move(step, new WorkflowMove.Correct(correction.correctionKind(), correction.note()),
				"article.flash.corrected", redirect);
	}

	/**
	 * Schedules or embargoes at the time in the field {@code name} ({@code scheduleForm}
	 * or {@code embargoForm}); a missing or malformed time is answered beside that field.
	 */
	private String queue(Step step, String name, String at, Function<Instant, WorkflowMove> moveAt, boolean sendAlert,
			String done, RedirectAttributes redirect) {
		ReleaseForm release = new ReleaseForm(at);
		step.model().addAttribute(name, release);
		Optional<Instant> instant = release.instantIn(this.site.timeZone());
		if (instant.isEmpty()) {
			BindingResult errors = new DirectFieldBindingResult(release, name);
			errors.rejectValue("at", at.isBlank() ? "NotBlank" : "typeMismatch");
			step.model().addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
			return this.page.refused(step.model(), step.id(), step.response());
		}
		return move(step, moveAt.apply(instant.get()), sendAlert, done, redirect);
	}

	private String move(Step step, WorkflowMove move, String done, RedirectAttributes redirect) {
		return move(step, move, false, done, redirect);
	}

	/** Makes the move; with the "send as alert" box ticked, through the alerts. */
	private String move(Step step, WorkflowMove move, boolean sendAlert, String done, RedirectAttributes redirect) {
		Model model = step.model();
		if (step.result().hasErrors()) {
			return this.page.refused(model, step.id(), step.response());
		}
		try {
			if (sendAlert) {
				this.alerts.saveAndMove(step.id(), step.form().toEdit(), move, true);
			}
			else {
				this.editorial.saveAndMove(step.id(), step.form().toEdit(), move);
			}
		}
		catch (ArticleRejectedException ex) {
			step.result().rejectValue(ex.field(), ex.messageKey());
			return this.page.refused(model, step.id(), step.response());
		}
		catch (ChecklistNotMetException ex) {
			return this.page.blocked(model, step.id(), ex.unmet(), step.response());
		}
		catch (WorkflowException ex) {
			return this.page.workflowError(model, step.id(), ex.messageKey(), step.response());
		}
		catch (ArticleConflictException ex) {
			return this.page.conflict(model, step.id(), step.form(), step.response());
		}
		Flash.done(redirect, done);
		return "redirect:/admin/articles/" + step.id() + "/edit";
	}

	/**
	 * What every workflow request carries: the story, its editor's form as sent, and the
	 * page to answer.
	 */
	private record Step(Long id, ArticleForm form, BindingResult result, Model model, HttpServletResponse response) {
	}

}
