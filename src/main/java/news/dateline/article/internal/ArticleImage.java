package news.dateline.article.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A story's featured image: its URL (an external one, or a media library variant's when
 * {@code mediaId} names the library image), alt text, caption and credit. Blank values
 * are stored as absent, and without a URL there is no library image either.
 */
@Embeddable
public record ArticleImage(@Column(name = "image_url") String url, @Column(name = "image_alt") String alt,
		@Column(name = "image_caption") String caption, @Column(name = "image_credit") String credit,
		@Column(name = "image_media_id") Long mediaId) {

	/** No featured image. */
	public static final ArticleImage NONE = new ArticleImage(null, null, null, null, null);

	/** The image as an editor or an import gives it, by the rules above. */
	public static ArticleImage of(String url, String alt, String caption, String credit, Long mediaId) {
		String stored = blankToNull(url);
		return new ArticleImage(stored, blankToNull(alt), blankToNull(caption), blankToNull(credit),
				(stored != null) ? mediaId : null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
