package news.dateline.article;

/**
 * A story named by its headline, where other features point to it (the moderation queue).
 */
public record ArticleHeadline(Long id, String slug, String headline) {

	public String url() {
		return ArticleView.urlOf(this.slug);
	}

}
