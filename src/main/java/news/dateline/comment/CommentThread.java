package news.dateline.comment;

import java.util.List;

/**
 * The discussion under a story: the approved count and the top-level comments with their
 * replies.
 */
public record CommentThread(long approvedCount, List<CommentView> comments) {
}
