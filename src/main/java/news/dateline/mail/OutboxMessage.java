package news.dateline.mail;

import java.time.Instant;

/**
 * One outbox mail in full, for the admin's mail viewer and for the sender.
 *
 * @param id the row
 * @param messageId its Message-ID, fixed when it was queued
 * @param kind the kind of mail
 * @param recipient its address
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part, or null
 * @param unsubscribeUrl the one-click unsubscribe URL, or null
 * @param status where it stands
 * @param attempts SMTP tries so far
 * @param lastError the reason of the last failure, if any
 * @param createdAt when it was queued
 * @param sentAt when the mail server accepted it
 * @param bodyId for the sender, the shared body the text and HTML are taken from (with
 * the unsubscribe URL put in), or null when they are the row's own
 */
public record OutboxMessage(long id, String messageId, String kind, String recipient, String subject, String text,
		String html, String unsubscribeUrl, MailStatus status, int attempts, String lastError, Instant createdAt,
		Instant sentAt, Long bodyId) {

	/** A mail whose text and HTML are the row's own. */
	public OutboxMessage(long id, String messageId, String kind, String recipient, String subject, String text,
			String html, String unsubscribeUrl, MailStatus status, int attempts, String lastError, Instant createdAt,
			Instant sentAt) {
		this(id, messageId, kind, recipient, subject, text, html, unsubscribeUrl, status, attempts, lastError,
				createdAt, sentAt, null);
	}

	public OutboxEntry entry() {
		return new OutboxEntry(this.id, this.kind, this.recipient, this.subject, this.status, this.attempts,
				this.lastError, this.createdAt, this.sentAt);
	}

}
