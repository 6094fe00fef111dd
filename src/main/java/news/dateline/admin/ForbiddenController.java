package news.dateline.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The 403 page Spring Security forwards to when the admin's URL rules or the CSRF check
 * refuse a request; refusals from services are answered by {@link AdminAdvice} with the
 * same page.
 */
@Controller
class ForbiddenController {

	@RequestMapping("/admin/forbidden")
	String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		model.addAttribute("reason", (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException)
				? "admin.error.expired" : "admin.error.forbidden");
		return AdminAdvice.REFUSED;
	}

}
