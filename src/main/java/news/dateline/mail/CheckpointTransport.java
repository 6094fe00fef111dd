package news.dateline.mail;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP connection that passes a checkpoint just before the end of each message's data
 * (the final dot, or the last BDAT chunk): until then the server has accepted nothing and
 * a broken conversation can be tried again; from then on the mail may have been
 * delivered. The sender records the mail as being sent at that checkpoint, so a
 * {@code kill -9} leaves "delivery unknown" only for mails the server may really have.
 */
final class CheckpointTransport extends SMTPTransport {

	private Checkpoint checkpoint;

	private boolean passed;

	CheckpointTransport(Session session, URLName url) {
		super(session, url, url.getProtocol(), "smtps".equals(url.getProtocol()));
	}

	/**
	 * Sends one message, passing the checkpoint before its end.
	 * @throws ClaimLostException when the checkpoint refused: the message was not ended,
	 * and the connection must be closed
	 */
	void send(MimeMessage message, Checkpoint checkpoint) throws MessagingException {
		this.checkpoint = checkpoint;
		this.passed = false;
		try {
			sendMessage(message, message.getAllRecipients());
		}
		finally {
			this.checkpoint = null;
		}
	}

	/** Whether the last message got past the checkpoint, so the server may have it. */
	boolean passedCheckpoint() {
		return this.passed;
	}

	@Override
	protected void finishData() throws IOException, MessagingException {
		pass();
		super.finishData();
	}

	@Override
	protected void finishBdat() throws IOException, MessagingException {
		pass();
		super.finishBdat();
	}

	private void pass() throws MessagingException {
		if (this.checkpoint != null) {
			if (!this.checkpoint.pass()) {
				throw new ClaimLostException();
			}
			this.passed = true;
		}
	}

	/** What must be recorded before a message may reach the server. */
	@FunctionalInterface
	interface Checkpoint {

		/**
		 * @return false when the message must not be sent after all
		 */
		boolean pass();

	}

	/** The checkpoint refused: another sender holds the mail now. */
	static final class ClaimLostException extends MessagingException {

		ClaimLostException() {
			super("The claim on this mail ran out; another sender has it");
		}

	}

}
