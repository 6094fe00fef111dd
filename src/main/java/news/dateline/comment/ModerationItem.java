package news.dateline.comment;

import java.time.Instant;

/**
 * A comment as the moderation queue shows it, with everything a moderator decides on: the
 * story, who sent it (name, email, website, address hash), why it was held, and when.
 */
public record ModerationItem(Long id, Long articleId, String articleHeadline, String articleUrl, Long parentId,
		String authorName, String authorEmail, String authorWebsite, String ipHash, String body, CommentStatus status,
		HoldReason heldReason, Instant createdAt, boolean staff) {

	public boolean can(ModerationAction action) {
		return action.appliesTo(this.status);
	}

	/**
	 * Whether the comment is held now for its {@link #heldReason}: waiting or in spam.
	 * Once a moderator has approved or binned it, the reason stays on record but no
	 * longer describes the comment.
	 */
	public boolean held() {
		return this.heldReason != null && (this.status == CommentStatus.PENDING || this.status == CommentStatus.SPAM);
	}

}
