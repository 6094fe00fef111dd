package news.dateline.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.comment.ModerationSettingsService;

/**
 * The moderation settings page (Administrators): banned words, links and first-time
 * commenters, flood gap, closing comments; or back to the defaults (the
 * dateline.comments.* settings).
 */
@Controller
@RequestMapping("/admin/settings/moderation")
class ModerationSettingsController {

	static final String VIEW = "admin/settings/moderation";

	private final ModerationSettingsService settings;

	ModerationSettingsController(ModerationSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("moderationSettingsForm", ModerationSettingsForm.of(this.settings.current()));
		return fill(model);
	}

	private String fill(Model model) {
		model.addAttribute("changed", this.settings.isChanged());
		return VIEW;
	}

	@PostMapping
	String save(@Valid @ModelAttribute ModerationSettingsForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormPages.save(result, response, fill(model),
				() -> this.settings.update(form.toSettings(this.settings.current().maxDepth())), redirect,
				"moderation.settings.saved", "/admin/settings/moderation");
	}

	@PostMapping("/reset")
	String reset(RedirectAttributes redirect) {
		this.settings.reset();
		Flash.done(redirect, "moderation.settings.reset");
		return "redirect:/admin/settings/moderation";
	}

}
