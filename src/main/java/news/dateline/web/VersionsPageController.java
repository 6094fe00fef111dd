package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import news.dateline.article.PublicVersionService;

/**
 * A live story's public record of changes: each version readers saw, with a word-level
 * diff against the one before. Cached like the story page, under the story's key.
 */
@Controller
class VersionsPageController {

	private final PublicVersionService versions;

	VersionsPageController(PublicVersionService versions) {
		this.versions = versions;
	}

	@GetMapping("/articles/{slug}/versions")
	String show(@PathVariable String slug, Model model, HttpServletResponse response) {
		model.addAttribute("versions", this.versions.versions(slug));
		CachePolicy.apply(response, false);
		return "articles/versions";
	}

}
