package news.dateline.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import news.dateline.media.MediaFile;
import news.dateline.media.MediaService;

/**
 * Serves the media library's stored, re-encoded variants at
 * {@code /media/<key>/<width>.<jpg|png>} and nothing else: the exact image type,
 * {@code nosniff}, a sandboxing CSP that forbids everything, an inline disposition with a
 * plain ASCII name, and a year of immutable caching (a variant never changes). Anything
 * else under {@code /media/} is the 404 page.
 */
@Controller
class MediaController {

	private static final Duration YEAR = Duration.ofDays(365);

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

	private final MediaService media;

	private final Clock clock;

	MediaController(MediaService media, Clock clock) {
		this.media = media;
		this.clock = clock;
	}

	@GetMapping("/media/{key}/{name}")
	ResponseEntity<Resource> variant(@PathVariable String key, @PathVariable String name) {
		MediaFile file = this.media.file(key, name);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.eTag(file.etag())
			.cacheControl(cacheControl(file))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.body(new FileSystemResource(file.path()));
	}

	/**
	 * A year, immutable; but an image whose rights end is kept by caches no longer than
	 * until then.
	 */
	private CacheControl cacheControl(MediaFile file) {
		if (file.rightsExpireAt() == null) {
			return CacheControl.maxAge(YEAR).cachePublic().immutable();
		}
		Duration left = Duration.between(this.clock.instant(), file.rightsExpireAt());
		Duration maxAge = left.isNegative() ? Duration.ZERO : (left.compareTo(YEAR) > 0) ? YEAR : left;
		return CacheControl.maxAge(maxAge.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).cachePublic();
	}

}
