package news.dateline.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import news.dateline.comment.CommentModeration;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.system.RuleViolationException;

/**
 * What every admin page shares (the signed-in member and the navigation) and the admin's
 * answers to refusals: 403 for an action the member's role may not take or an expired
 * form, 409 for a save over someone else's change or an action a rule forbids. Pages in
 * the admin layout, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = AdminAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAdvice {

	static final String REFUSED = "admin/refused";

	private final CurrentActor currentActor;

	private final CommentModeration moderation;

	AdminAdvice(CurrentActor currentActor, CommentModeration moderation) {
		this.currentActor = currentActor;
		this.moderation = moderation;
	}

	@ModelAttribute("currentActor")
	Actor currentActor() {
		return this.currentActor.find().orElse(null);
	}

	@ModelAttribute("adminNav")
	AdminNavigation navigation() {
		return new AdminNavigation(currentActor(), this.moderation::countsForNavigation);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex) {
		return refused(HttpStatus.FORBIDDEN,
				(ex instanceof CsrfException) ? "admin.error.expired" : "admin.error.forbidden");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict() {
		return refused(HttpStatus.CONFLICT, "admin.error.conflict");
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex) {
		return refused(HttpStatus.CONFLICT, ex.messageKey());
	}

	/**
	 * The refusal page, with what the layout needs (exception handlers get no model
	 * attributes).
	 */
	ModelAndView refused(HttpStatus status, String reason) {
		ModelAndView page = new ModelAndView(REFUSED);
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("reason", reason);
		page.addObject("currentActor", currentActor());
		page.addObject("adminNav", navigation());
		return page;
	}

}
