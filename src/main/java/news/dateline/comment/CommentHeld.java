package news.dateline.comment;

/**
 * Published, inside the submission's transaction, when a new comment is held for a
 * moderator.
 */
public record CommentHeld(Long articleId, Long commentId) {

}
