package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.search.SearchRequest;
import news.dateline.search.SearchService;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.NotFoundException;

/**
 * The search results page. Whatever a reader types (nothing, too much, stray quotes or
 * Lucene syntax, a date that is not one) gets a page that says what to do, never an
 * error. The {@code Server-Timing} header tells how long the search itself took.
 */
@Controller
class SearchPageController {

	private final SearchService search;

	private final PageMetadata metadata;

	private final Editions editions;

	SearchPageController(SearchService search, PageMetadata metadata, Editions editions) {
		this.search = search;
		this.metadata = metadata;
		this.editions = editions;
	}

	/**
	 * The search of the default edition at {@code /search}, of another at
	 * {@code /es/search}; an unknown prefix is a 404.
	 */
	@GetMapping({ "/search", "/{edition:[a-z]{2,3}}/search" })
	String search(@PathVariable(name = "edition", required = false) String code,
			@RequestParam(name = "q", required = false) String query, @RequestParam(required = false) String section,
			@RequestParam(required = false) String author, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model,
			HttpServletResponse response) {
		Edition edition = (code != null) ? this.editions.byCode(code)
			.filter((found) -> !found.isDefault())
			.orElseThrow(() -> new NotFoundException(code + "/search")) : this.editions.defaultEdition();
		long started = System.nanoTime();
		model.addAttribute("results",
				this.search.search(SearchRequest.parse(query, section, author, from, to, page).inEdition(edition)));
		// How long the index and the database took, for browsers' developer tools and the
		// benchmark.
		response.setHeader("Server-Timing",
				String.format(java.util.Locale.ROOT, "search;dur=%.2f", (System.nanoTime() - started) / 1_000_000.0));
		model.addAttribute("meta", this.metadata.search());
		CachePolicy.apply(response, false);
		return "search/results";
	}

}
