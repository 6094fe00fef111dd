package news.dateline.comment;

import java.time.Instant;

/**
 * A comment brought in from another system, with the status it had there.
 *
 * @param parentId the comment it replies to (already stored here), or null
 * @param heldReason why it was held, when that system said so; may be null
 */
public record ImportedComment(Long articleId, Long parentId, Commenter commenter, String body, Instant createdAt,
		CommentStatus status, HoldReason heldReason) {
}
