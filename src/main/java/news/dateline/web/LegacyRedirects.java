package news.dateline.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import news.dateline.author.AuthorService;
import news.dateline.section.SectionService;
import news.dateline.system.NotFoundException;
import news.dateline.system.Slugs;
import news.dateline.tag.TagService;

/**
 * The last word before a 404: an address that matched nothing here may be one a story had
 * on the site it was imported from (a WordPress permalink such as
 * {@code /2024/06/20/some-slug/}); those answer 301 with the story's URL. WordPress's
 * archives, {@code /category/…}, {@code /tag/…} and {@code /author/…}, answer 301 with
 * the section's, tag's or author's page when it exists here. Consulted only when no page
 * and no static file matched. Every other such address is a 404, logged at debug only
 * (scanners ask for thousands) and counted as {@value #NOT_FOUND}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LegacyRedirects {

	/** The counter of requests for addresses nothing answers. */
	static final String NOT_FOUND = "dateline.pages.not.found";

	private static final Logger log = LoggerFactory.getLogger(LegacyRedirects.class);

	private static final Pattern ARCHIVE = Pattern
		.compile("^/(category|tag|author)/((?:[^/]+/)*?[^/]+)(?:/page/\\d+)?(?:/feed)?/?$");

	private final ArticleService articles;

	private final SectionService sections;

	private final TagService tags;

	private final AuthorService authors;

	private final Counter notFound;

	LegacyRedirects(ArticleService articles, SectionService sections, TagService tags, AuthorService authors,
			ObjectProvider<MeterRegistry> registry) {
		this.articles = articles;
		this.sections = sections;
		this.tags = tags;
		this.authors = authors;
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
		Optional<String> archive = archive(request);
		if (archive.isPresent()) {
			return permanent(archive.get(), response);
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
		return LegacyPath
			.of(request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString())
			.flatMap(this.articles::legacyRedirect);
	}

	/**
	 * The page here of a WordPress archive address: its last slug (percent-decoded, made
	 * a slug the way the import made it) as a section, tag or author that exists.
	 */
	Optional<String> archive(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return Optional.empty();
		}
		Matcher matcher = ARCHIVE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String path = matcher.group(2);
		String slug = Slugs.of(URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1).replace("+", "%2B"),
				StandardCharsets.UTF_8));
		if (slug.isEmpty()) {
			return Optional.empty();
		}
		try {
			switch (matcher.group(1)) {
				case "category" -> this.sections.bySlug(slug);
				case "tag" -> this.tags.bySlug(slug);
				default -> this.authors.bySlug(slug);
			}
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		String prefix = switch (matcher.group(1)) {
			case "category" -> "/sections/";
			case "tag" -> "/tags/";
			default -> "/authors/";
		};
		return Optional.of(prefix + slug);
	}

	static ModelAndView redirect(String slug, HttpServletResponse response) {
		return permanent("/articles/" + slug, response);
	}

	private static ModelAndView permanent(String path, HttpServletResponse response) {
		CachePolicy.apply(response, false);
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(view);
	}

}
