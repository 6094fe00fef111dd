package news.dateline.comment;

/**
 * Published when a comment becomes visible to every reader of a story (beside the
 * {@link news.dateline.system.ContentChanged} that caches and search follow).
 */
public record CommentApproved(Long articleId, Long commentId) {

}
