package news.dateline.article;

import news.dateline.media.LibraryImage;

/**
 * A story's featured library image as a card shows it: a fallback {@code src}, the
 * {@code srcset} of the library's variants, the largest variant's size (so the browser
 * reserves the box before the image arrives) and the story's alt text.
 */
public record CardImage(String src, String srcset, int width, int height, String alt) {

	/** Whether this is the neutral stand-in for an image whose rights expired. */
	public boolean unavailable() {
		return LibraryImage.UNAVAILABLE_URL.equals(this.src);
	}

	public static CardImage of(LibraryImage library, String alt) {
		// the stand-in for an expired image describes nothing
		String text = library.unavailable() ? "" : (alt != null) ? alt : library.alt();
		return new CardImage(library.url(), library.srcset(), library.width(), library.height(), text);
	}

}
