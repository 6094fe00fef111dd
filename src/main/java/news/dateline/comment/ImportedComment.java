package news.dateline.comment;

import java.time.Instant;

/**
 * A comment brought in from another system, with the status it had there.
 *
 * @param parentId the comment it replies to (already stored here), or null
 * @param heldReason why it was held, when that system said so; may be null
 * @param staffUserId the staff member who wrote it, when that system knew them as a
 * registered user with a staff member's email; null for readers
 */
public record ImportedComment(Long articleId, Long parentId, Commenter commenter, String body, Instant createdAt,
		CommentStatus status, HoldReason heldReason, Long staffUserId) {
}
