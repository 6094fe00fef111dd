package news.dateline.comment;

/**
 * Where a comment stands: only {@link #APPROVED} comments are shown to every reader.
 */
public enum CommentStatus {

	PENDING, APPROVED, SPAM, TRASH

}
