package news.dateline.media;

/**
 * A library image as an article features it: the URL of its largest variant, the
 * {@code srcset} of all variants, that variant's size, and the library's description (the
 * article's defaults).
 */
public record LibraryImage(Long id, String url, String srcset, int width, int height, String alt, String caption,
		String credit) {

	/** The neutral picture shown instead of an image whose rights have expired. */
	public static final String UNAVAILABLE_URL = "/img/image-unavailable.png";

	/**
	 * The stand-in for an image that may no longer be shown: no alt text, caption or
	 * credit.
	 */
	public static LibraryImage unavailable(Long id) {
		return new LibraryImage(id, UNAVAILABLE_URL, null, 1600, 900, "", null, null);
	}

	/** Whether this is the stand-in for an expired image. */
	public boolean unavailable() {
		return UNAVAILABLE_URL.equals(this.url);
	}

}
