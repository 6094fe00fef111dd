package news.dateline.media;

/**
 * A library image as an article features it: the URL of its largest variant, the
 * {@code srcset} of all variants, that variant's size, and the library's description (the
 * article's defaults).
 */
public record LibraryImage(Long id, String url, String srcset, int width, int height, String alt, String caption,
		String credit) {
}
