package news.dateline.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP: claims a batch, sends it over one connection at the
 * configured rate, and records each outcome as it happens. A 4xx reply (or a lost
 * connection) is tried again later with a growing wait; a 5xx reply fails the mail for
 * good and counts against the address. Without a mail server configured
 * ({@code spring.mail.host}) it sends nothing and the mail waits in the outbox.
 */
@Component
public class OutboxSender {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxClaims claims;

	private final MimeMessages messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final long intervalNanos;

	private long nextSlot;

	OutboxSender(OutboxClaims claims, MimeMessages messages, ObjectProvider<JavaMailSender> mailSender,
			MailProperties properties) {
		this.claims = claims;
		this.messages = messages;
		this.mailSender = mailSender;
		this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / properties.rate());
	}

	/** Whether a mail server is configured, so that queued mail is sent. */
	public boolean isConfigured() {
		return this.mailSender.getIfAvailable() instanceof JavaMailSenderImpl;
	}

	/**
	 * Sends batches until no mail is due (or the thread is interrupted).
	 * @return how many mails the server accepted
	 */
	public synchronized int deliverDue() {
		if (!(this.mailSender.getIfAvailable() instanceof JavaMailSenderImpl server)) {
			return 0;
		}
		int interrupted = this.claims.recoverExpiredClaims();
		if (interrupted > 0) {
			logger.warn("{} mails were interrupted during sending on a node that stopped; marked failed", interrupted);
		}
		int sent = 0;
		while (!Thread.currentThread().isInterrupted()) {
			List<OutboxMessage> batch = this.claims.claim();
			if (batch.isEmpty()) {
				break;
			}
			sent += sendBatch(server, batch);
		}
		return sent;
	}

	private int sendBatch(JavaMailSenderImpl server, List<OutboxMessage> batch) {
		Set<String> suppressed = this.claims
			.suppressed(batch.stream().map(OutboxMessage::recipient).distinct().toList());
		Session session = server.getSession();
		List<Long> untried = new ArrayList<>(batch.stream().map(OutboxMessage::id).toList());
		int sent = 0;
		Transport transport = null;
		try {
			for (OutboxMessage mail : batch) {
				if (Thread.currentThread().isInterrupted()) {
					break;
				}
				untried.remove(mail.id());
				if (suppressed.contains(mail.recipient())) {
					this.claims.failed(mail.id(), "Address suppressed after repeated permanent failures");
					continue;
				}
				MimeMessage message = this.messages.build(session, mail);
				// isConnected() costs a NOOP round trip: asked only after a failed send
				if (transport == null) {
					transport = connect(server, session);
				}
				pace();
				if (!this.claims.startSending(mail.id())) {
					continue;
				}
				if (send(transport, message, mail)) {
					sent++;
				}
				else if (!transport.isConnected()) {
					close(transport);
					transport = null;
				}
			}
		}
		catch (MessagingException ex) {
			// no connection: nothing in this batch was handed to the server
			logger.warn("Mail server unreachable: {}", ex.getMessage());
			untried.addAll(batch.stream().map(OutboxMessage::id).toList());
			this.claims.release(untried, "Mail server unreachable: " + ex.getMessage());
			untried.clear();
		}
		finally {
			this.claims.release(untried, "Not tried: sending stopped");
			close(transport);
		}
		return sent;
	}

	private boolean send(Transport transport, MimeMessage message, OutboxMessage mail) {
		try {
			transport.sendMessage(message, message.getAllRecipients());
			this.claims.sent(mail.id());
			return true;
		}
		catch (MessagingException ex) {
			int code = replyCode(ex);
			String reason = (code > 0 ? code + " " : "") + describe(ex);
			if (code >= 500) {
				this.claims.failed(mail.id(), reason);
				this.claims.permanentFailure(mail.recipient(), reason);
			}
			else {
				this.claims.retryLater(mail.id(), mail.attempts() + 1, reason);
			}
			return false;
		}
	}

	private static Transport connect(JavaMailSenderImpl server, Session session) throws MessagingException {
		Transport transport = session.getTransport(server.getProtocol());
		transport.connect(server.getHost(), server.getPort(), server.getUsername(), server.getPassword());
		return transport;
	}

	private static void close(Transport transport) {
		if (transport != null) {
			try {
				transport.close();
			}
			catch (MessagingException ex) {
				logger.debug("Closing the SMTP connection failed", ex);
			}
		}
	}

	/**
	 * Waits for the next sending slot, so that a node never sends faster than the
	 * configured rate.
	 */
	private void pace() {
		long now = System.nanoTime();
		if (this.nextSlot - now > 0) {
			LockSupport.parkNanos(this.nextSlot - now);
			now = System.nanoTime();
		}
		this.nextSlot = Math.max(this.nextSlot, now - this.intervalNanos) + this.intervalNanos;
	}

	/**
	 * The SMTP reply code in the exception or its chain, or 0 when the server gave none.
	 */
	static int replyCode(Exception ex) {
		Exception current = ex;
		int depth = 0;
		while (current != null && depth++ < 10) {
			if (current instanceof SMTPSendFailedException failed) {
				return failed.getReturnCode();
			}
			if (current instanceof SMTPAddressFailedException failed) {
				return failed.getReturnCode();
			}
			if (current instanceof SendFailedException failed && failed.getNextException() != null) {
				current = failed.getNextException();
			}
			else if (current instanceof MessagingException messaging) {
				current = messaging.getNextException();
			}
			else {
				current = null;
			}
		}
		return 0;
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return (message != null) ? message : ex.getClass().getSimpleName();
	}

}
