package news.dateline.article;

import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * A story shown as readers would see it before it is public: its page, where it stands,
 * and when a signed preview link stops working (null for an editor's unsaved preview).
 */
public record ArticlePreview(ArticleView article, ArticleStatus status, Instant releaseAt, Instant expiresAt) {

	/**
	 * Sets the response headers that keep a preview out of shared caches and search
	 * engines.
	 */
	public static void keepPrivate(BiConsumer<String, String> header) {
		header.accept("Cache-Control", "private, no-store");
		header.accept("X-Robots-Tag", "noindex, nofollow");
	}

	/** The message key of the story's state, for the preview banner. */
	public String statusKey() {
		return this.status.messageKey();
	}

}
