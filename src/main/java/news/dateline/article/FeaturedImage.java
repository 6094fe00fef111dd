package news.dateline.article;

/**
 * A story's featured image, by URL, with its alt text, caption and credit.
 */
public record FeaturedImage(String url, String alt, String caption, String credit) {

	static FeaturedImage of(Article article) {
		return (article.getImageUrl() == null) ? null : new FeaturedImage(article.getImageUrl(),
				article.getImageAlt(), article.getImageCaption(), article.getImageCredit());
	}

}
