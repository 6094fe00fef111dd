package news.dateline.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.user.UserService;

/**
 * Every signed-in member's own password change.
 */
@Controller
class PasswordController {

	static final String VIEW = "admin/password";

	private final UserService users;

	PasswordController(UserService users) {
		this.users = users;
	}

	@GetMapping("/admin/password")
	String form(Model model) {
		model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
		return VIEW;
	}

	@PostMapping("/admin/password")
	String change(@Valid @ModelAttribute PasswordChangeForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		form.check(result);
		return FormPages.save(result, response, VIEW,
				() -> this.users.changeOwnPassword(form.currentPassword(), form.newPassword()), redirect,
				"password.changed", "/admin");
	}

}
