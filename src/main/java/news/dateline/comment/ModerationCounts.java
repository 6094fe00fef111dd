package news.dateline.comment;

import java.util.Map;

/**
 * How many comments each tab of the moderation queue holds.
 */
public record ModerationCounts(long pending, long approved, long spam, long trash) {

	static ModerationCounts of(Map<CommentStatus, Long> counts) {
		return new ModerationCounts(counts.getOrDefault(CommentStatus.PENDING, 0L),
				counts.getOrDefault(CommentStatus.APPROVED, 0L), counts.getOrDefault(CommentStatus.SPAM, 0L),
				counts.getOrDefault(CommentStatus.TRASH, 0L));
	}

	public long of(CommentStatus status) {
		return switch (status) {
			case PENDING -> this.pending;
			case APPROVED -> this.approved;
			case SPAM -> this.spam;
			case TRASH -> this.trash;
		};
	}

}
