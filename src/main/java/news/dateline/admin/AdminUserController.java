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

import news.dateline.author.AuthorService;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;
import news.dateline.user.UserService;
import news.dateline.user.UserView;

/**
 * The users pages (Administrators): the staff list, a new account, and one account's
 * role, access, lockout, password and byline.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	static final String LIST = "admin/users/list";

	static final String NEW = "admin/users/new";

	static final String SHOW = "admin/users/show";

	private final UserService users;

	private final AuthorService authors;

	AdminUserController(UserService users, AuthorService authors) {
		this.users = users;
		this.authors = authors;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.users.list());
		return LIST;
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("newUserForm", NewUserForm.empty());
		return fillNew(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute NewUserForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FormPages.again(response, fillNew(model));
		}
		UserView created;
		try {
			created = this.users.create(form.toAccount());
		}
		catch (FieldRejectedException ex) {
			return FormPages.again(response, fillNew(model), result, ex);
		}
		Flash.done(redirect, "user.created", created.email());
		return "redirect:/admin/users/" + created.id();
	}

	private String fillNew(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("authors", this.authors.choices());
		return NEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		UserView user = this.users.get(id);
		model.addAttribute("profileForm", ProfileForm.of(user));
		model.addAttribute("passwordResetForm", PasswordResetForm.empty());
		return fillShow(user, model);
	}

	private String fillShow(UserView user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("authors", this.authors.choices());
		return SHOW;
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable Long id, @RequestParam Role role, RedirectAttributes redirect) {
		return act(id, redirect, "user.role-changed", () -> this.users.changeRole(id, role));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "user.enabled", () -> this.users.setEnabled(id, true));
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "user.disabled", () -> this.users.setEnabled(id, false));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "user.unlocked", () -> this.users.unlock(id));
	}

	private static String act(Long id, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			Flash.done(redirect, doneKey);
		}
		catch (RuleViolationException ex) {
			Flash.refused(redirect, ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/profile")
	String profile(@PathVariable Long id, @Valid @ModelAttribute ProfileForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.users.updateProfile(id, form.displayName(), form.authorId());
				Flash.done(redirect, "user.updated");
				return "redirect:/admin/users/" + id;
			}
			catch (FieldRejectedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		model.addAttribute("passwordResetForm", PasswordResetForm.empty());
		return FormPages.again(response, fillShow(this.users.get(id), model));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute PasswordResetForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.users.resetPassword(id, form.password());
				Flash.done(redirect, "user.password-reset");
				return "redirect:/admin/users/" + id;
			}
			catch (FieldRejectedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		UserView user = this.users.get(id);
		model.addAttribute("profileForm", ProfileForm.of(user));
		return FormPages.again(response, fillShow(user, model));
	}

}
