package news.dateline.article;

import news.dateline.article.internal.Article;

/**
 * A story's featured image, by URL, with its alt text, caption and credit. A media
 * library image also has the {@code srcset} of its variants and the size of the largest
 * (null for external URLs).
 */
public record FeaturedImage(String url, String alt, String caption, String credit, String srcset, Integer width,
		Integer height) {

	public FeaturedImage(String url, String alt, String caption, String credit) {
		this(url, alt, caption, credit, null, null, null);
	}

	/** Whether this is the neutral stand-in for an image whose rights expired. */
	public boolean unavailable() {
		return news.dateline.media.LibraryImage.UNAVAILABLE_URL.equals(this.url);
	}

	/**
	 * The neutral stand-in for an image whose rights have expired: no alt, caption or
	 * credit.
	 */
	static FeaturedImage unavailable(String url) {
		return new FeaturedImage(url, "", null, null, null, 1600, 900);
	}

	static FeaturedImage of(Article article) {
		return (article.getImage().url() == null) ? null : new FeaturedImage(article.getImage().url(),
				article.getImage().alt(), article.getImage().caption(), article.getImage().credit());
	}

}
