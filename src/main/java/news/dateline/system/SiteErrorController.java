package news.dateline.system;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers every error the container or a filter reports ({@code sendError}: a refused
 * CSRF token, a request the firewall rejects, a method the server does not take) with the
 * site's own error page, whatever the client accepts. Takes the place of Spring Boot's
 * error controller, which would answer JSON to a client that does not ask for HTML.
 * Errors inside controllers go through {@link GlobalControllerAdvice} and never reach
 * here.
 */
@Controller
class SiteErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request) {
		HttpStatus status = status(request);
		return GlobalControllerAdvice.page(view(status), status);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String view(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "error/400";
			case FORBIDDEN -> "error/403";
			case NOT_FOUND -> "error/404";
			case CONTENT_TOO_LARGE -> "error/413";
			case TOO_MANY_REQUESTS -> "error/429";
			default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
		};
	}

}
