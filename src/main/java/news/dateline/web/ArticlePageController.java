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

/**
 * The article page at its canonical URL; old and wrongly cased slugs answer 301 to it. A
 * {@code ?before=} (older live entries, read by {@link LivePart}) that is not a number
 * answers 400, so junk values are neither rendered nor kept in the page cache.
 */
@Controller
class ArticlePageController {

	private final ArticleService articles;

	private final ArticlePage page;

	private final CommenterCookie cookies;

	ArticlePageController(ArticleService articles, ArticlePage page, CommenterCookie cookies) {
		this.articles = articles;
		this.page = page;
		this.cookies = cookies;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, @RequestParam(name = "replytocom", required = false) Long replyTo,
			@RequestParam(name = LivePart.OLDER, required = false) Long olderThan, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ArticleLookup lookup = this.articles.lookup(slug);
		if (lookup instanceof ArticleLookup.MovedTo moved) {
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + moved.url();
		}
		request.setAttribute(PublicPageFilter.ARTICLE_ID, ((ArticleLookup.Found) lookup).article().id());
		ReplyForm form = ReplyForm.empty(replyTo);
		boolean personal = CommenterCookie.isPersonal(request);
		if (personal) {
			form = this.cookies.saved(request).map(form::withCommenter).orElse(form);
		}
		CachePolicy.apply(response, personal || replyTo != null);
		return this.page.fill(model, ((ArticleLookup.Found) lookup).article(), form, request);
	}

}
