package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.ArticleService;
import news.dateline.article.StoryList;

/**
 * The front page, and the paged list of every story behind it.
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
	String home(Model model, HttpServletResponse response) {
		model.addAttribute("front", this.articles.frontPage());
		model.addAttribute("meta", this.metadata.home());
		model.addAttribute("mostRead", this.mostRead.cards());
		CachePolicy.apply(response, false);
		return "home/index";
	}

	@GetMapping("/latest")
	String latest(@RequestParam(required = false) String before, @RequestParam(required = false) String after,
			Model model, HttpServletResponse response) {
		model.addAttribute("page", this.articles.list(StoryList.all(), before, after));
		model.addAttribute("listing", Listing.latest());
		model.addAttribute("meta", this.metadata.listing(Listing.latest()));
		CachePolicy.apply(response, false);
		return "articles/list";
	}

}
