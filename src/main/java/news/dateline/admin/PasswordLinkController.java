package news.dateline.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.system.RuleViolationException;
import news.dateline.user.PasswordLinks;

/**
 * Signed-out staff: "forgot your password" (always the same answer) and the page a mailed
 * link opens to choose a new password, or a first one after an invitation.
 */
@Controller
class PasswordLinkController {

	static final String FORGOT = "admin/password-forgot";

	static final String RESET = "admin/password-reset";

	static final String LINK_INVALID = "admin/password-link-invalid";

	private final PasswordLinks links;

	PasswordLinkController(PasswordLinks links) {
		this.links = links;
	}

	@GetMapping("/admin/password/forgot")
	String forgot(Model model) {
		model.addAttribute("forgotPasswordForm", new ForgotPasswordForm(""));
		return FORGOT;
	}

	@PostMapping("/admin/password/forgot")
	String requestLink(@Valid @ModelAttribute ForgotPasswordForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return FormPages.again(response, FORGOT);
		}
		this.links.requestReset(form.email());
		model.addAttribute("sent", true);
		return FORGOT;
	}

	@GetMapping("/admin/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (!this.links.isUsable(token)) {
			response.setStatus(HttpStatus.GONE.value());
			return LINK_INVALID;
		}
		model.addAttribute("passwordLinkForm", new PasswordLinkForm(token, "", ""));
		return RESET;
	}

	@PostMapping("/admin/password/reset")
	String reset(@Valid @ModelAttribute PasswordLinkForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		form.check(result);
		if (!this.links.isUsable(form.token())) {
			response.setStatus(HttpStatus.GONE.value());
			return LINK_INVALID;
		}
		try {
			return FormPages.save(result, response, RESET, () -> this.links.setPassword(form.token(), form.password()),
					redirect, "password-link.done", "/admin/login");
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.GONE.value());
			return LINK_INVALID;
		}
	}

}
