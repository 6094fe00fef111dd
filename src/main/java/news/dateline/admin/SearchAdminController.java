package news.dateline.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.search.SearchIndexer;

/**
 * The search index page: how the last rebuild went, the button that rebuilds the index
 * from the database, and the progress of a rebuild under way (the page refreshes itself
 * while it runs).
 */
@Controller
class SearchAdminController {

	private final SearchIndexer indexer;

	SearchAdminController(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@GetMapping("/admin/search")
	String status(@RequestParam(required = false) String started, Model model) {
		model.addAttribute("progress", this.indexer.progress());
		model.addAttribute("alreadyRunning", "no".equals(started));
		return "admin/search/status";
	}

	@PostMapping("/admin/search/rebuild")
	String rebuild(HttpServletResponse response) {
		boolean started = this.indexer.startRebuild();
		return "redirect:/admin/search?started=" + (started ? "yes" : "no");
	}

}
