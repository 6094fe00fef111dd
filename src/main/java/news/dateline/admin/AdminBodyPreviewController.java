package news.dateline.admin;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.ArticleRejectedException;
import news.dateline.article.BodyPreview;

/**
 * The editor's live preview pane: the script posts the body (with the form's CSRF token)
 * a moment after the editor stops typing, and gets back the body as the article page will
 * show it, from the server's own renderer and sanitiser. Rate-limited per client address
 * (rule {@code previews}). Without script the editor's Preview button shows the whole
 * page.
 */
@Controller
class AdminBodyPreviewController {

	private final BodyPreview preview;

	AdminBodyPreviewController(BodyPreview preview) {
		this.preview = preview;
	}

	@PostMapping(path = "/admin/articles/render", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<BodyPreview.Rendered> render(@RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) String datelineCity) {
		try {
			return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(this.preview.render(body, datelineCity));
		}
		catch (ArticleRejectedException ex) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
	}

}
