package news.dateline.comment;

/**
 * The story no longer takes comments.
 */
public class CommentsClosedException extends RuntimeException {

	public CommentsClosedException(Long articleId) {
		super("comments are closed on article " + articleId);
	}

}
