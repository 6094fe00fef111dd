package news.dateline.mail;

import java.time.Instant;

/**
 * One row of the admin's outbox list.
 *
 * @param id the row
 * @param kind the kind of mail
 * @param recipient its address
 * @param subject its subject
 * @param status where it stands
 * @param attempts SMTP tries so far
 * @param lastError the reason of the last failure, if any
 * @param createdAt when it was queued
 * @param sentAt when the mail server accepted it
 */
public record OutboxEntry(long id, String kind, String recipient, String subject, MailStatus status, int attempts,
		String lastError, Instant createdAt, Instant sentAt) {

}
