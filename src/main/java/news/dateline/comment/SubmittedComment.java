package news.dateline.comment;

/**
 * The outcome of a submission: the stored comment's id and status, and the story's slug.
 */
public record SubmittedComment(Long id, CommentStatus status, String articleSlug) {

	public boolean isVisibleToAll() {
		return this.status == CommentStatus.APPROVED;
	}

	/** Whether the moderation rules stored it as spam (honeypot, too fast, blocked). */
	public boolean isSpam() {
		return this.status == CommentStatus.SPAM;
	}

}
