package news.dateline.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.live.LiveEntryPlace;
import news.dateline.live.LiveService;
import news.dateline.system.Edition;
import news.dateline.system.Editions;

/**
 * A live entry's own page, {@code /articles/{slug}/entries/{id}}: the story's page with
 * the page of entries that holds the entry, the entry shown again under the headline, and
 * share values of the entry's own (its title or first words, its URL). Its canonical URL
 * is the story's: the entry page repeats the story, so search engines should rank one
 * page, while shares keep the entry. Cached like the story page, under the story's key.
 * An entry that was deleted, never existed or belongs to another story answers 404 with a
 * link to the story; old slugs and the other edition's path answer 301, as the story page
 * does.
 */
@Controller
class LiveEntryPageController {

	static final String GONE_VIEW = "articles/entry-gone";

	private final ArticleService articles;

	private final LiveService live;

	private final ArticlePage page;

	private final Editions editions;

	LiveEntryPageController(ArticleService articles, LiveService live, ArticlePage page, Editions editions) {
		this.articles = articles;
		this.live = live;
		this.page = page;
		this.editions = editions;
	}

	@GetMapping("/articles/{slug}/entries/{entryId}")
	String show(@PathVariable String slug, @PathVariable String entryId, Edition edition, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ArticleLookup lookup = this.articles.lookup(slug);
		if (lookup instanceof ArticleLookup.MovedTo moved) {
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + moved.url() + "/entries/" + entryId;
		}
		ArticleView article = ((ArticleLookup.Found) lookup).article();
		Edition own = this.editions.forLanguage(article.language());
		if (!own.equals(edition)) {
			return moved(response, own.path(PageMetadata.entryUrl(article, entryId)));
		}
		Optional<LiveEntryPlace> place = entryNumber(entryId).flatMap(this.live::place)
			.filter((found) -> found.articleId().equals(article.id()));
		if (place.isEmpty()
				|| !this.page.fillAtEntry(model, article, Long.valueOf(entryId), place.get().olderThan(), request)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			// only the link to the story: none of the story page's head (its share
			// values)
			model.asMap().clear();
			model.addAttribute("article", article);
			return GONE_VIEW;
		}
		request.setAttribute(PublicPageFilter.ARTICLE_ID, article.id());
		CachePolicy.apply(response, CommenterCookie.isPersonal(request));
		return ArticlePage.VIEW;
	}

	/**
	 * A 301 to another edition's path (a redirect: view would keep this edition's
	 * prefix).
	 */
	private static String moved(HttpServletResponse response, String location) {
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, location);
		return null;
	}

	private static Optional<Long> entryNumber(String entryId) {
		return entryId.matches("[0-9]{1,18}") ? Optional.of(Long.valueOf(entryId)) : Optional.empty();
	}

}
