package news.dateline.comment;

import news.dateline.mail.MailAddresses;

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

	/**
	 * Whether the reply answers the replier's own comment: both addresses are the same
	 * once normalised as the subscription lookups do.
	 */
	public boolean toSelf() {
		java.util.Optional<String> parent = MailAddresses.normalise(this.parentEmail);
		return parent.isPresent() && parent.equals(MailAddresses.normalise(this.replierEmail));
	}

}
