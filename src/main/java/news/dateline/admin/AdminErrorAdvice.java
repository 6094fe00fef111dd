package news.dateline.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an admin action the service refused (the actor's role or ownership does not allow it)
 * with the 403 page, before the catch-all turns it into a 500.
 */
@ControllerAdvice(basePackageClasses = AdminErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrorAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden() {
		ModelAndView page = new ModelAndView("error/403");
		page.setStatus(HttpStatus.FORBIDDEN);
		page.addObject("status", 403);
		return page;
	}

}
