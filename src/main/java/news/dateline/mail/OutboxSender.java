package news.dateline.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
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
 * Delivers the outbox over SMTP. {@link #deliverDue} is one sender: it claims batches and
 * sends them over one SMTP connection, kept open from batch to batch; a node runs several
 * at once ({@link OutboxSenderThreads}), each with its own claims and connection, and all
 * of a node's senders together keep to the configured rate. A 4xx reply (or a lost
 * connection) is tried again later with a growing wait; a 5xx reply fails the mail for
 * good and counts against the address. Without a mail server configured
 * ({@code spring.mail.host}) it sends nothing and the mail waits in the outbox.
 */
@Component
public class OutboxSender {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	/** Accepted mails marked SENT together, in one checkpoint's commit. */
	static final int SENT_EVERY = 50;

	private final OutboxClaims claims;

	private final MimeMessages messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final long intervalNanos;

	/** The next free sending slot of this node, shared by its senders. */
	private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());

	private volatile Session session;

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
	 * Sends batches until no mail is due (or the thread is interrupted), over one SMTP
	 * connection. Several threads may call it at once: each claims its own rows.
	 * @return how many mails the server accepted
	 */
	public int deliverDue() {
		if (!(this.mailSender.getIfAvailable() instanceof JavaMailSenderImpl server)) {
			return 0;
		}
		int interrupted = this.claims.recoverExpiredClaims();
		if (interrupted > 0) {
			logger.warn("{} mails were interrupted during sending on a node that stopped; marked failed", interrupted);
		}
		int sent = 0;
		try (Connection connection = new Connection(server, session(server))) {
			while (!Thread.currentThread().isInterrupted()) {
				OutboxClaims.Claim claim = this.claims.claim();
				if (claim.isEmpty()) {
					break;
				}
				sent += sendBatch(connection, claim);
			}
		}
		return sent;
	}

	/**
	 * Sends one claimed batch. Each mail's checkpoint is committed just before the end of
	 * its data ({@link CheckpointTransport}); the mails the server accepted are marked
	 * SENT together, in a checkpoint's commit every {@link #SENT_EVERY} mails and once at
	 * the end of the batch, with the rows not tried put back.
	 */
	private int sendBatch(Connection connection, OutboxClaims.Claim claim) {
		List<OutboxMessage> batch = claim.mails();
		Set<String> suppressed = this.claims
			.suppressed(batch.stream().map(OutboxMessage::recipient).distinct().toList());
		Set<Long> untried = new LinkedHashSet<>(batch.stream().map(OutboxMessage::id).toList());
		List<Long> accepted = new ArrayList<>();
		int sent = 0;
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
				MimeMessage message = build(connection.session, mail);
				if (message == null) {
					continue;
				}
				CheckpointTransport transport = connection.open();
				pace();
				if (send(connection, transport, message, mail, () -> {
					// the accepted mails' SENT rides on a checkpoint's commit now and
					// then
					boolean flush = accepted.size() >= SENT_EVERY;
					boolean started = this.claims.startSending(claim.token(), mail.id(), flush ? accepted : List.of());
					if (flush) {
						accepted.clear();
					}
					return started;
				})) {
					accepted.add(mail.id());
					sent++;
				}
			}
		}
		catch (MessagingException ex) {
			// no connection: nothing more of this batch was handed to the server
			logger.warn("Mail server unreachable: {}", ex.getMessage());
			this.claims.sent(accepted);
			accepted.clear();
			this.claims.release(batch.stream().map(OutboxMessage::id).toList(),
					"Mail server unreachable: " + ex.getMessage());
			untried.clear();
		}
		finally {
			this.claims.sent(accepted);
			this.claims.release(untried, "Not tried: sending stopped");
		}
		return sent;
	}

	private MimeMessage build(Session session, OutboxMessage mail) {
		try {
			return this.messages.build(session, mail);
		}
		catch (MessagingException ex) {
			this.claims.failed(mail.id(), "Could not be written as a message: " + describe(ex));
			return null;
		}
	}

	/**
	 * One SMTP conversation, and what its failure means: a reply of 5xx fails the mail, a
	 * 4xx reply (or a broken connection before the checkpoint) tries it again later, and
	 * a broken connection after the checkpoint leaves delivery unknown, so it is not sent
	 * again.
	 */
	private boolean send(Connection connection, CheckpointTransport transport, MimeMessage message, OutboxMessage mail,
			CheckpointTransport.Checkpoint checkpoint) {
		try {
			transport.send(message, checkpoint);
			return true;
		}
		catch (CheckpointTransport.ClaimLostException ex) {
			// the message was left unfinished: only closing the connection ends it unsent
			connection.close();
			return false;
		}
		catch (MessagingException ex) {
			int code = replyCode(ex);
			String reason = (code > 0 ? code + " " : "") + describe(ex);
			if (code >= 500) {
				this.claims.failed(mail.id(), reason);
				this.claims.permanentFailure(mail.recipient(), reason);
			}
			else if (code == 0 && transport.passedCheckpoint()) {
				this.claims.failed(mail.id(), "Connection lost at the end of the message: delivery unknown, "
						+ "not sent again (" + reason + ")");
			}
			else {
				this.claims.retryLater(mail.id(), mail.attempts() + 1, reason);
			}
			connection.closeIfBroken();
			return false;
		}
	}

	/**
	 * The mail session of the configured server, with Nagle's algorithm off on its plain
	 * sockets (see {@link NoDelaySocketFactory}) and QUIT sent without waiting for its
	 * reply.
	 */
	private Session session(JavaMailSenderImpl server) {
		Session current = this.session;
		if (current == null) {
			Properties properties = new Properties();
			properties.putAll(server.getJavaMailProperties());
			properties.putIfAbsent("mail." + server.getProtocol() + ".socketFactory", NoDelaySocketFactory.INSTANCE);
			// closing a connection mid-message must not wait for a reply that never comes
			properties.put("mail." + server.getProtocol() + ".quitwait", "false");
			current = Session.getInstance(properties);
			this.session = current;
		}
		return current;
	}

	/**
	 * Waits for the next sending slot, so that a node's senders together never send
	 * faster than the configured rate.
	 */
	private void pace() {
		long now = System.nanoTime();
		long previous = this.nextSlot.getAndAccumulate(now, (slot, time) -> Math.max(slot, time) + this.intervalNanos);
		long wait = previous - now;
		if (wait > 0) {
			LockSupport.parkNanos(wait);
		}
	}

	/**
	 * One sender's SMTP connection, opened when first needed and kept from batch to batch
	 * until the sender has nothing more to send.
	 */
	private static final class Connection implements AutoCloseable {

		private final JavaMailSenderImpl server;

		private final Session session;

		private CheckpointTransport transport;

		Connection(JavaMailSenderImpl server, Session session) {
			this.server = server;
			this.session = session;
		}

		CheckpointTransport open() throws MessagingException {
			if (this.transport == null) {
				CheckpointTransport opened = new CheckpointTransport(this.session,
						new URLName(this.server.getProtocol(), this.server.getHost(), this.server.getPort(), null,
								this.server.getUsername(), this.server.getPassword()));
				opened.connect(this.server.getHost(), this.server.getPort(), this.server.getUsername(),
						this.server.getPassword());
				this.transport = opened;
			}
			return this.transport;
		}

		/**
		 * After a failed send: isConnected() costs a NOOP round trip, so asked only then.
		 */
		void closeIfBroken() {
			if (this.transport != null && !this.transport.isConnected()) {
				close();
			}
		}

		@Override
		public void close() {
			if (this.transport != null) {
				try {
					this.transport.close();
				}
				catch (MessagingException ex) {
					logger.debug("Closing the SMTP connection failed", ex);
				}
				this.transport = null;
			}
		}

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
