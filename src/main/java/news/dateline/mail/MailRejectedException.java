package news.dateline.mail;

/**
 * A mail that cannot be queued as given: a malformed recipient, or a line break in a
 * header (which would let the text add headers of its own).
 */
public class MailRejectedException extends RuntimeException {

	public MailRejectedException(String reason) {
		super(reason);
	}

}
