package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.ArticleService;
import news.dateline.article.StoryList;
import news.dateline.system.Edition;

/**
 * The front page of each edition, and the paged list of every story of the edition behind
 * it.
 */
@Controller
class HomeController {

	private final ArticleService articles;

	private final PageMetadata metadata;

	private final MostRead mostRead;

	HomeController(ArticleService articles, PageMetadata metadata, MostRead mostRead) {
		this.articles = articles;
		this.metadata = metadata;
		this.mostRead = mostRead;
	}

	@GetMapping("/")
	String home(Edition edition, Model model, HttpServletResponse response) {
		model.addAttribute("front", this.articles.frontPage(edition.code()));
		model.addAttribute("meta", this.metadata.home(edition));
		model.addAttribute("mostRead", this.mostRead.cards(edition));
		CachePolicy.apply(response, false);
		return "home/index";
	}

	@GetMapping("/latest")
	String latest(@RequestParam(required = false) String before, @RequestParam(required = false) String after,
			Edition edition, Model model, HttpServletResponse response) {
		model.addAttribute("page", this.articles.list(StoryList.all().in(edition.code()), before, after));
		model.addAttribute("listing", Listing.latest());
		model.addAttribute("meta", this.metadata.listing(Listing.latest(), edition));
		CachePolicy.apply(response, false);
		return "articles/list";
	}

}
