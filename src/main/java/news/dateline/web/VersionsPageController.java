package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;

import jakarta.servlet.http.HttpServletRequest;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleNotFoundException;
import news.dateline.article.ArticleService;
import news.dateline.article.PublicVersionService;

/**
 * A live story's public record of changes: each version readers saw, with a word-level
 * diff against the one before. Cached like the story page, under the story's key. A
 * former slug answers 301 to the versions page under the story's slug.
 */
@Controller
class VersionsPageController {

	private final PublicVersionService versions;

	private final ArticleService articles;

	VersionsPageController(PublicVersionService versions, ArticleService articles) {
		this.versions = versions;
		this.articles = articles;
	}

	@GetMapping("/articles/{slug}/versions")
	String show(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			model.addAttribute("versions", this.versions.versions(slug));
		}
		catch (ArticleNotFoundException ex) {
			// asked only when the slug is not a live story's: a former one redirects
			if (this.articles.lookup(slug) instanceof ArticleLookup.MovedTo moved) {
				request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
				return "redirect:" + moved.url() + "/versions";
			}
			throw ex;
		}
		CachePolicy.apply(response, false);
		return "articles/versions";
	}

}
