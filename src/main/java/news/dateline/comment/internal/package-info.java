/**
 * The comment module's own: stored comments, blocks and their repositories, reached
 * through {@code CommentService} and {@code CommentModeration}.
 */
package news.dateline.comment.internal;
