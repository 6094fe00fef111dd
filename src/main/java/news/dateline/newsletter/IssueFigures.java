package news.dateline.newsletter;

import java.time.Instant;

/**
 * One mailing's delivery figures for the admin.
 *
 * @param id the issue
 * @param list the list it went to
 * @param subject its subject
 * @param recipients how many mails were queued
 * @param sent how many the mail server accepted
 * @param failed how many failed for good
 * @param createdAt when it was sent off
 */
public record IssueFigures(long id, NewsletterList list, String subject, int recipients, long sent, long failed,
		Instant createdAt) {

	public long waiting() {
		return Math.max(0, this.recipients - this.sent - this.failed);
	}

}
