package news.dateline.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.RedirectView;

import news.dateline.article.ArticleService;
import news.dateline.article.LegacyPath;

/**
 * The last word before a 404: an address that matched nothing here may be one a story had on the
 * site it was imported from (a WordPress permalink such as {@code /2024/06/20/some-slug/}); those
 * answer 301 with the story's URL. Consulted only when no page and no static file matched. Every other
 * such address is a 404, logged at debug only (scanners ask for thousands) and counted as
 * {@value #NOT_FOUND}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LegacyRedirects {

	/** The counter of requests for addresses nothing answers. */
	static final String NOT_FOUND = "dateline.pages.not.found";

	private static final Logger log = LoggerFactory.getLogger(LegacyRedirects.class);

	private final ArticleService articles;

	private final Counter notFound;

	LegacyRedirects(ArticleService articles, ObjectProvider<MeterRegistry> registry) {
		this.articles = articles;
		this.notFound = Counter.builder(NOT_FOUND)
			.description("Requests for addresses that match no page, file or earlier permalink (404)")
			.register(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		Optional<String> slug = lookup(request);
		if (slug.isPresent()) {
			return redirect(slug.get(), response);
		}
		this.notFound.increment();
		log.debug("Nothing at {} {}", request.getMethod(), request.getRequestURI());
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		return page;
	}

	/** The slug of the live story that had this request's address on the earlier site. */
	Optional<String> lookup(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return Optional.empty();
		}
		return LegacyPath.of(request.getRequestURI().substring(request.getContextPath().length()),
				request.getQueryString())
			.flatMap(this.articles::legacyRedirect);
	}

	static ModelAndView redirect(String slug, HttpServletResponse response) {
		CachePolicy.apply(response, false);
		RedirectView view = new RedirectView("/articles/" + slug, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(view);
	}

}
