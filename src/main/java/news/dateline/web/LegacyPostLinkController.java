package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import news.dateline.article.ArticleNotFoundException;

/**
 * WordPress's plain links, {@code /?p=123} and {@code /?page_id=2}: the front page's
 * address with a query, so they reach no 404; they answer 301 with the imported story's
 * URL, or 404.
 */
@Controller
class LegacyPostLinkController {

	private final LegacyRedirects redirects;

	LegacyPostLinkController(LegacyRedirects redirects) {
		this.redirects = redirects;
	}

	@GetMapping(path = "/", params = "p")
	ModelAndView post(HttpServletRequest request, HttpServletResponse response) {
		return byId(request, response);
	}

	@GetMapping(path = "/", params = "page_id")
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		return byId(request, response);
	}

	private ModelAndView byId(HttpServletRequest request, HttpServletResponse response) {
		return this.redirects.lookup(request)
			.map((slug) -> LegacyRedirects.redirect(slug, response))
			.orElseThrow(() -> new ArticleNotFoundException(request.getQueryString()));
	}

}
