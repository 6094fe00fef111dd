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

import news.dateline.notification.ModerationMail;
import news.dateline.notification.ModeratorNotifications;

/**
 * A moderator's own choice of moderation mail (off, at once, hourly); the service refuses
 * members who may not moderate.
 */
@Controller
class NotificationController {

	static final String VIEW = "admin/notifications";

	private final ModeratorNotifications notifications;

	NotificationController(ModeratorNotifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("choices")
	ModerationMail[] choices() {
		return ModerationMail.values();
	}

	@GetMapping("/admin/notifications")
	String form(Model model) {
		model.addAttribute("notificationForm", new NotificationForm(this.notifications.own()));
		return VIEW;
	}

	@PostMapping("/admin/notifications")
	String choose(@Valid @ModelAttribute NotificationForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormPages.save(result, response, VIEW, () -> this.notifications.choose(form.moderation()), redirect,
				"notifications.saved", "/admin/notifications");
	}

}
