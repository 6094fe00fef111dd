package news.dateline.article;

/**
 * Someone else saved the story since the editor opened it: their form carries an older
 * version. Nothing was written; the editor gets both versions to merge by hand.
 */
public class ArticleConflictException extends RuntimeException {

	private final Long articleId;

	public ArticleConflictException(Long articleId) {
		super("article " + articleId + " was changed by someone else");
		this.articleId = articleId;
	}

	public Long articleId() {
		return this.articleId;
	}

}
