package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.ArticlePreview;
import news.dateline.article.ArticlePreviews;

/**
 * A story before it is public, through its signed, expiring preview link: the real
 * article page with a "Preview" banner, kept out of caches and search engines. A forged
 * or expired link is a 404.
 */
@Controller
class PreviewController {

	private final ArticlePreviews previews;

	PreviewController(ArticlePreviews previews) {
		this.previews = previews;
	}

	@GetMapping("/preview/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) Long expires,
			@RequestParam(required = false) String sig, Model model, HttpServletResponse response) {
		ArticlePreview preview = this.previews.open(id, expires, sig);
		model.addAttribute("article", preview.article());
		model.addAttribute("preview", preview);
		ArticlePreview.keepPrivate(response::setHeader);
		return ArticlePage.VIEW;
	}

}
