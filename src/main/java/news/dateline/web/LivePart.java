package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import news.dateline.article.ArticleView;
import news.dateline.live.LiveCoverage;
import news.dateline.live.LiveService;

/**
 * The live part of a story's page, when the story has (or had) live coverage: the entries
 * (a page of them, older ones from {@code ?before=<entry id>}) and their
 * {@code LiveBlogPosting} JSON-LD. Adds {@code live} (null for an ordinary story) and
 * {@code liveJsonLd} to the model.
 */
@Component
class LivePart {

	static final String OLDER = "before";

	private final LiveService live;

	private final LiveStructuredData structuredData;

	LivePart(LiveService live, LiveStructuredData structuredData) {
		this.live = live;
		this.structuredData = structuredData;
	}

	void fill(Model model, ArticleView article, HttpServletRequest request) {
		fill(model, article, olderThan(request));
	}

	/**
	 * The live part at the page of entries below the given one (null: the newest); the
	 * coverage it shows, or null when the story was never live.
	 */
	LiveCoverage fill(Model model, ArticleView article, Long olderThan) {
		LiveCoverage coverage = this.live.coverage(article.id(), olderThan).orElse(null);
		model.addAttribute("live", coverage);
		if (coverage != null) {
			model.addAttribute("liveJsonLd", this.structuredData.json(article, coverage));
		}
		return coverage;
	}

	private static Long olderThan(HttpServletRequest request) {
		String value = (request != null) ? request.getParameter(OLDER) : null;
		if (value == null || !value.matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(value);
	}

}
