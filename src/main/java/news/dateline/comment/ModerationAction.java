package news.dateline.comment;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a moderator can do to a comment, the status it leads to, and the statuses it
 * applies to.
 */
public enum ModerationAction {

	APPROVE(CommentStatus.APPROVED, EnumSet.of(CommentStatus.PENDING, CommentStatus.SPAM, CommentStatus.TRASH)),

	UNAPPROVE(CommentStatus.PENDING, EnumSet.of(CommentStatus.APPROVED)),

	SPAM(CommentStatus.SPAM, EnumSet.of(CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.TRASH)),

	TRASH(CommentStatus.TRASH, EnumSet.of(CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM)),

	/** Out of spam or trash, back to the pending tab for a fresh decision. */
	RESTORE(CommentStatus.PENDING, EnumSet.of(CommentStatus.SPAM, CommentStatus.TRASH));

	private final CommentStatus target;

	private final Set<CommentStatus> from;

	ModerationAction(CommentStatus target, Set<CommentStatus> from) {
		this.target = target;
		this.from = from;
	}

	public CommentStatus target() {
		return this.target;
	}

	public boolean appliesTo(CommentStatus status) {
		return this.from.contains(status);
	}

}
