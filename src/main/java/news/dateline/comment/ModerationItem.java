package news.dateline.comment;

import java.time.Instant;

/**
 * A comment as the moderation queue shows it, with everything a moderator decides on: the story,
 * who sent it (name, email, website, address hash), why it was held, and when.
 */
public record ModerationItem(Long id, Long articleId, String articleHeadline, String articleUrl, Long parentId,
		String authorName, String authorEmail, String authorWebsite, String ipHash, String body,
		CommentStatus status, HoldReason heldReason, Instant createdAt, boolean staff) {

	public boolean can(ModerationAction action) {
		return action.appliesTo(this.status);
	}

}
