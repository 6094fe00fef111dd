package news.dateline.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleNotFoundException;
import news.dateline.article.ArticleService;
import news.dateline.article.ShareCard;

/**
 * A live story's share picture for Open Graph and Twitter cards (see
 * {@link ShareImages}). The URL the story page names carries the picture's version and is
 * cached for a day; any other version gets the current picture, cached briefly. Only what
 * the picture shows is read ({@link ArticleService#shareCard}), not the story's page. A
 * former slug answers 301 to the picture under the story's slug.
 */
@Controller
class ShareImageController {

	private final ArticleService articles;

	private final ShareImages images;

	ShareImageController(ArticleService articles, ShareImages images) {
		this.articles = articles;
		this.images = images;
	}

	@GetMapping("/articles/{slug}/share.{extension:jpg|png}")
	ResponseEntity<byte[]> show(@PathVariable String slug, @PathVariable String extension,
			@RequestParam(name = "v", required = false) String version) {
		ShareCard article = this.articles.shareCard(slug).orElse(null);
		if (article == null) {
			// not a live story's slug: a former one redirects, anything else is not found
			ArticleLookup lookup = this.articles.lookup(slug);
			if (lookup instanceof ArticleLookup.MovedTo moved) {
				String query = (version != null) ? "?v=" + URLEncoder.encode(version, StandardCharsets.UTF_8) : "";
				return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
					.location(URI.create(moved.url() + "/share." + extension + query))
					.build();
			}
			throw new ArticleNotFoundException(slug);
		}
		if (!ShareImages.extension(article).equals(extension)) {
			throw new ArticleNotFoundException(slug + "/share." + extension);
		}
		boolean current = this.images.version(article).equals(version);
		return ResponseEntity.ok()
			.contentType("png".equals(extension) ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(current ? Duration.ofDays(1) : Duration.ofMinutes(5)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(this.images.bytes(article));
	}

}
