package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.search.SearchRequest;
import news.dateline.search.SearchService;
import news.dateline.system.Edition;

/**
 * The search results page. Whatever a reader types (nothing, too much, stray quotes or
 * Lucene syntax, a date that is not one) gets a page that says what to do, never an
 * error. The {@code Server-Timing} header tells how long the search itself took.
 */
@Controller
class SearchPageController {

	private final SearchService search;

	private final PageMetadata metadata;

	SearchPageController(SearchService search, PageMetadata metadata) {
		this.search = search;
		this.metadata = metadata;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(required = false) String section, @RequestParam(required = false) String author,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, Edition edition, Model model, HttpServletResponse response) {
		long started = System.nanoTime();
		model.addAttribute("results",
				this.search.search(SearchRequest.parse(query, section, author, from, to, page).inEdition(edition)));
		// How long the index and the database took, for browsers' developer tools and the
		// benchmark.
		response.setHeader("Server-Timing",
				String.format(java.util.Locale.ROOT, "search;dur=%.2f", (System.nanoTime() - started) / 1_000_000.0));
		model.addAttribute("meta", this.metadata.search(edition));
		CachePolicy.apply(response, false);
		return "search/results";
	}

}
