package news.dateline.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.security.CurrentActor;
import news.dateline.security.LoginLockedException;
import news.dateline.security.LoginThrottledException;

/**
 * The sign-in page. Spring Security takes the form's POST; after a failure it comes back
 * here, and the page says why: wrong email or password, a disabled account, a slow-down
 * or a lockout and how long it lasts.
 */
@Controller
class AdminLoginController {

	private final CurrentActor currentActor;

	AdminLoginController(CurrentActor currentActor) {
		this.currentActor = currentActor;
	}

	@GetMapping("/admin/login")
	String login(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
		if (this.currentActor.find().isPresent()) {
			return "redirect:/admin";
		}
		if (error != null) {
			model.addAttribute("loginError", explain(takeFailure(request)));
		}
		return "admin/login";
	}

	private static AuthenticationException takeFailure(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		return (failure instanceof AuthenticationException exception) ? exception : null;
	}

	private static Flash explain(AuthenticationException failure) {
		if (failure instanceof LoginLockedException locked) {
			return new Flash(locked.isClient() ? "login.error.client-locked" : "login.error.locked",
					new Object[] { locked.minutesLeft() }, true);
		}
		if (failure instanceof LoginThrottledException throttled) {
			return new Flash("login.error.slowed", new Object[] { throttled.secondsLeft() }, true);
		}
		if (failure instanceof DisabledException) {
			return new Flash("login.error.disabled", new Object[0], true);
		}
		return new Flash("login.error.bad-credentials", new Object[0], true);
	}

}
