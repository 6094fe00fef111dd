package news.dateline.comment;

/**
 * Published when a comment becomes visible to every reader of a story.
 */
public record CommentApproved(Long articleId, Long commentId) {
}
