package news.dateline.mail;

/**
 * Where an outbox row stands: queued, claimed by a node, in its SMTP conversation, sent,
 * or failed for good.
 */
public enum MailStatus {

	QUEUED, CLAIMED, SENDING, SENT, FAILED

}
