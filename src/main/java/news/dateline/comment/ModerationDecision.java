package news.dateline.comment;

/**
 * What the moderation rules decided for a new comment, and why.
 */
public record ModerationDecision(CommentStatus status, HoldReason reason) {

	static ModerationDecision approve() {
		return new ModerationDecision(CommentStatus.APPROVED, null);
	}

	static ModerationDecision hold(HoldReason reason) {
		return new ModerationDecision(CommentStatus.PENDING, reason);
	}

	static ModerationDecision spam(HoldReason reason) {
		return new ModerationDecision(CommentStatus.SPAM, reason);
	}

}
