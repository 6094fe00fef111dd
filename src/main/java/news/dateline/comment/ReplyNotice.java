package news.dateline.comment;

/**
 * What a visible reply tells the commenter it answers: for the reply notifications.
 *
 * @param articleId the story
 * @param replyId the reply
 * @param parentEmail the address of the comment replied to
 * @param replierEmail the replier's own address (never notified of their own reply)
 * @param replierName the replier's name as shown
 * @param excerpt the start of the reply, plain text
 */
public record ReplyNotice(Long articleId, Long replyId, String parentEmail, String replierEmail, String replierName,
		String excerpt) {

	/** Whether the reply answers the replier's own comment. */
	public boolean toSelf() {
		return this.parentEmail.trim().equalsIgnoreCase(this.replierEmail.trim());
	}

}
