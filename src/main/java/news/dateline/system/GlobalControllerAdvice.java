package news.dateline.system;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns failures into the site's error pages: 404 for what does not exist, 400 for
 * malformed requests, 429 with {@code Retry-After} for floods, and a plain 500 page for
 * the unexpected. No page ever shows an exception message or a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView notFound() {
		return page("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpMediaTypeNotSupportedException.class, IllegalArgumentException.class, RequestRejectedException.class })
	ModelAndView badRequest() {
		return page("error/400", HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletResponse response) {
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader(HttpHeaders.ALLOW,
					StringUtils.collectionToDelimitedString(ex.getSupportedHttpMethods(), ", "));
		}
		return page("error/4xx", HttpStatus.METHOD_NOT_ALLOWED);
	}

	/**
	 * An upload over the server's multipart limit, or a form with more fields than the
	 * server reads.
	 */
	@ExceptionHandler({ MaxUploadSizeExceededException.class, InvalidParameterException.class })
	ModelAndView tooLarge() {
		return page("error/413", HttpStatus.CONTENT_TOO_LARGE);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooManyRequests(TooManyRequestsException ex, HttpServletResponse response) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		response.setHeader("Retry-After", Long.toString(seconds));
		ModelAndView page = page("error/429", HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("retryAfter", seconds);
		return page;
	}

	/**
	 * A reader who left while the answer was being written (a closed tab, an event stream
	 * whose heartbeat found the connection gone): nothing can be answered, and nothing
	 * went wrong on the site's side, so it is no error in the log.
	 */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void readerLeft(AsyncRequestNotUsableException ex) {
		log.debug("The reader left before the answer was written: {}", ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return page("error/5xx", HttpStatus.INTERNAL_SERVER_ERROR);
	}

	static ModelAndView page(String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

}
