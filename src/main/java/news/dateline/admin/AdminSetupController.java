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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.system.NotFoundException;
import news.dateline.user.FirstRunSetup;

/**
 * The first-run setup page at the one-time link from the start-up log: creates the first
 * Administrator, then answers 404 for good.
 */
@Controller
class AdminSetupController {

	static final String VIEW = "admin/setup";

	private final FirstRunSetup setup;

	AdminSetupController(FirstRunSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/admin/setup/{token}")
	String form(@PathVariable String token, Model model) {
		requireOpen(token);
		model.addAttribute("token", token);
		model.addAttribute("setupForm", SetupForm.empty());
		return VIEW;
	}

	@PostMapping("/admin/setup/{token}")
	String create(@PathVariable String token, @Valid @ModelAttribute("setupForm") SetupForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		requireOpen(token);
		model.addAttribute("token", token);
		form.check(result);
		return FormPages.save(result, response, VIEW,
				() -> this.setup.complete(token, form.email(), form.displayName(), form.password()), redirect,
				"setup.done", "/admin/login");
	}

	private void requireOpen(String token) {
		if (!this.setup.isOpen(token)) {
			throw new NotFoundException("setup link");
		}
	}

}
