package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.system.Edition;
import news.dateline.system.Editions;

/**
 * The article page at its canonical URL; old and wrongly cased slugs answer 301 to it. A
 * {@code ?before=} (older live entries, read by {@link LivePart}) that is not a number
 * answers 400, so junk values are neither rendered nor kept in the page cache. A story
 * asked for in another edition ({@code /articles/x} for a Spanish story) answers 301 to
 * its own edition's path ({@code /es/articles/x}).
 */
@Controller
class ArticlePageController {

	private final ArticleService articles;

	private final ArticlePage page;

	private final CommenterCookie cookies;

	private final Editions editions;

	ArticlePageController(ArticleService articles, ArticlePage page, CommenterCookie cookies, Editions editions) {
		this.articles = articles;
		this.page = page;
		this.cookies = cookies;
		this.editions = editions;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, @RequestParam(name = "replytocom", required = false) Long replyTo,
			@RequestParam(name = LivePart.OLDER, required = false) Long olderThan, Edition edition, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ArticleLookup lookup = this.articles.lookup(slug);
		if (lookup instanceof ArticleLookup.MovedTo moved) {
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + moved.url();
		}
		ArticleView article = ((ArticleLookup.Found) lookup).article();
		Edition own = this.editions.forLanguage(article.language());
		if (!own.equals(edition)) {
			// a story is served at its own edition's path only
			return MovedPermanently.to(own.path(article.url()), request, response);
		}
		request.setAttribute(PublicPageFilter.ARTICLE_ID, article.id());
		ReplyForm form = ReplyForm.empty(replyTo);
		boolean personal = CommenterCookie.isPersonal(request);
		if (personal) {
			form = this.cookies.saved(request).map(form::withCommenter).orElse(form);
		}
		CachePolicy.apply(response, personal || replyTo != null);
		return this.page.fill(model, article, form, request);
	}

}
