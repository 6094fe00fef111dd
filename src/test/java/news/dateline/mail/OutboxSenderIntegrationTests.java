package news.dateline.mail;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import news.dateline.support.DatabaseTest;
import news.dateline.support.MailServer;
import news.dateline.support.MutableClock;
import news.dateline.system.Jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The outbox delivered to a real SMTP server: headers and parts as received, each mail
 * once, claims of stopped nodes taken back, and header injection refused before anything
 * is stored.
 */
@DatabaseTest
class OutboxSenderIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.smtp();

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void resetClockAndServer() {
		this.clock.reset();
		MailServer.acceptAll();
	}

	private static OutgoingMail listMail(String to) {
		return OutgoingMail.list("digest", to,
				new RenderedMail("Lo esencial del día — «Seúl» y “más”", "Texto plano: https://news.example/a\n",
						"<p>HTML: <a href=\"https://news.example/a\">한국어 기사</a></p>"),
				"https://news.example/newsletters/unsubscribe/tok", null);
	}

	@Test
	void deliversQueuedMailOnceWithListHeadersAndBothParts() throws Exception {
		this.outbox.queue(listMail("lectora@example.org"));

		assertThat(this.sender.deliverDue()).isEqualTo(1);
		assertThat(this.sender.deliverDue()).isZero();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage message = received[0];
		String storedId = this.jdbc.queryForObject("select message_id from mail_outbox", String.class);
		assertThat(message.getMessageID()).isEqualTo(storedId).endsWith("@dateline.example>");
		assertThat(message.getHeader("List-Unsubscribe"))
			.containsExactly("<https://news.example/newsletters/unsubscribe/tok>");
		assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(message.getSentDate()).isNotNull();
		assertThat(message.getFrom()[0].toString()).contains("@dateline.example");
		assertThat(message.getSubject()).isEqualTo("Lo esencial del día — «Seúl» y “más”");
		MimeMultipart parts = (MimeMultipart) message.getContent();
		assertThat(parts.getContentType()).startsWith("multipart/alternative");
		BodyPart text = parts.getBodyPart(0);
		BodyPart html = parts.getBodyPart(1);
		assertThat(text.getContentType()).startsWith("text/plain");
		assertThat((String) text.getContent()).contains("Texto plano");
		assertThat(html.getContentType()).startsWith("text/html");
		assertThat((String) html.getContent()).contains("한국어 기사");
		assertThat(this.jdbc.queryForObject("select status from mail_outbox", String.class)).isEqualTo("SENT");
	}

	@Test
	void twoClaimsNeverShareARow() {
		for (int i = 0; i < 5; i++) {
			this.outbox.queue(listMail("reader" + i + "@example.org"));
		}
		OutboxClaims first = claims(3);
		OutboxClaims second = claims(3);

		List<OutboxMessage> a = first.claim().mails();
		List<OutboxMessage> b = second.claim().mails();

		assertThat(a).hasSize(3);
		assertThat(b).hasSize(2);
		assertThat(a).extracting(OutboxMessage::id)
			.doesNotContainAnyElementsOf(b.stream().map(OutboxMessage::id).toList());
		assertThat(first.claim().isEmpty()).isTrue();
	}

	@Test
	void takesBackClaimsOfAStoppedNodeButNeverResendsAnInterruptedSend() {
		this.outbox.queue(listMail("claimed@example.org"));
		this.outbox.queue(listMail("sending@example.org"));
		OutboxClaims stopped = claims(10);
		OutboxClaims.Claim claimed = stopped.claim();
		assertThat(stopped.startSending(claimed.token(), claimed.mails().get(1).id(), List.of())).isTrue();
		this.clock.advance(Duration.ofMinutes(3));

		assertThat(this.sender.deliverDue()).isEqualTo(1);

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(this.jdbc.queryForList("select status from mail_outbox where recipient = 'sending@example.org'",
				String.class))
			.containsExactly("FAILED");
		assertThat(this.jdbc
			.queryForObject("select last_error from mail_outbox where recipient = 'sending@example.org'", String.class))
			.contains("Interrupted");
	}

	@Test
	void aStoppedSendersAcceptedMailsAreSentItsLastIsUnknownAndTheRestGoOut() {
		List<String> to = List.of("uno@example.org", "dos@example.org", "tres@example.org", "cuatro@example.org");
		to.forEach((address) -> this.outbox.queue(listMail(address)));
		OutboxClaims stopped = claims(10);
		OutboxClaims.Claim claimed = stopped.claim();
		// the server accepted the first two (their SENT not yet written), had the third's
		// data when the node died, and never saw the fourth
		for (int i = 0; i < 3; i++) {
			assertThat(stopped.startSending(claimed.token(), claimed.mails().get(i).id(), List.of())).isTrue();
		}
		this.clock.advance(Duration.ofMinutes(3));

		assertThat(this.sender.deliverDue()).isEqualTo(1);

		assertThat(smtp.getReceivedMessages()).extracting((m) -> m.getAllRecipients()[0].toString())
			.containsExactly("cuatro@example.org");
		assertThat(this.jdbc.queryForList("select status from mail_outbox order by id", String.class))
			.containsExactly("SENT", "SENT", "FAILED", "SENT");
		assertThat(this.jdbc.queryForObject("select last_error from mail_outbox where recipient = 'tres@example.org'",
				String.class))
			.contains("Interrupted");
	}

	@Test
	void doesNotTakeBackClaimsBeforeTheirLeaseEnds() {
		this.outbox.queue(listMail("held@example.org"));
		claims(10).claim();
		this.clock.advance(Duration.ofSeconds(30));

		assertThat(this.sender.deliverDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void refusesLineBreaksInSubjectAndMalformedRecipients() {
		RenderedMail injected = new RenderedMail("Hello\r\nBcc: everyone@example.org", "text", null);
		assertThatExceptionOfType(MailRejectedException.class)
			.isThrownBy(() -> this.outbox.queue(OutgoingMail.of("test", "a@example.org", injected)));
		RenderedMail fine = new RenderedMail("Hello", "text", null);
		for (String bad : List.of("a@example.org\r\nBcc: b@example.org", "not-an-address", "Eve <eve@example.org>",
				"a@b", "a@example.org, b@example.org", "")) {
			assertThatExceptionOfType(MailRejectedException.class)
				.isThrownBy(() -> this.outbox.queue(OutgoingMail.of("test", bad, fine)));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).isZero();
	}

	@Test
	void suppressedAddressGetsNoMail() {
		this.jdbc.update(
				"insert into mail_suppression (address, permanent_failures, updated_at, suppressed_at) "
						+ "values ('gone@example.org', 3, ?, ?)",
				Jdbc.timestamp(this.clock.instant()), Jdbc.timestamp(this.clock.instant()));
		this.outbox.queue(listMail("gone@example.org"));

		assertThat(this.sender.deliverDue()).isZero();

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.jdbc.queryForObject("select status from mail_outbox", String.class)).isEqualTo("FAILED");
	}

	@Test
	void aSenderWhoseClaimWasTakenOverSendsNothingOfIt() {
		this.outbox.queue(listMail("slow@example.org"));
		OutboxClaims slow = claims(10);
		OutboxClaims.Claim lapsed = slow.claim();
		this.clock.advance(Duration.ofMinutes(3));
		slow.recoverExpiredClaims();
		OutboxClaims.Claim taken = claims(10).claim();

		assertThat(slow.startSending(lapsed.token(), lapsed.mails().get(0).id(), List.of())).isFalse();
		assertThat(taken.mails()).extracting(OutboxMessage::recipient).containsExactly("slow@example.org");
	}

	@Test
	void triesATemporaryRefusalAgainAfterItsWaitAndFailsAPermanentOneForGood() throws Exception {
		MailServer.refuse("llena@example.org", "452 4.2.2 Mailbox full, try later");
		MailServer.refuse("nadie@example.org", "550 5.1.1 No such user here");
		this.outbox.queue(listMail("llena@example.org"));
		this.outbox.queue(listMail("nadie@example.org"));
		this.outbox.queue(listMail("lectora@example.org"));

		assertThat(this.sender.deliverDue()).isEqualTo(1);

		assertThat(row("llena@example.org")).containsEntry("status", "QUEUED").containsEntry("attempts", 1);
		// read as a time with its offset: the drivers map a bare column value to
		// different types
		assertThat(this.jdbc
			.queryForObject("select next_attempt_at from mail_outbox where recipient = ?",
					java.time.OffsetDateTime.class, "llena@example.org")
			.toInstant()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(1)));
		assertThat((String) row("llena@example.org").get("last_error")).startsWith("452");
		assertThat(row("nadie@example.org")).containsEntry("status", "FAILED");
		assertThat((String) row("nadie@example.org").get("last_error")).startsWith("550");
		assertThat(this.jdbc.queryForObject(
				"select permanent_failures from mail_suppression where address = 'nadie@example.org'", Integer.class))
			.isEqualTo(1);
		assertThat(recipients()).containsExactly("lectora@example.org");

		MailServer.acceptAll();
		assertThat(this.sender.deliverDue()).as("not before the wait").isZero();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.sender.deliverDue()).isEqualTo(1);

		assertThat(recipients()).containsExactly("lectora@example.org", "llena@example.org");
		assertThat(row("llena@example.org")).containsEntry("status", "SENT").containsEntry("attempts", 2);
		assertThat(row("nadie@example.org")).containsEntry("status", "FAILED");
	}

	@Test
	void sendsABatchOverOneConnectionMarkingEveryAcceptedMailSent() {
		for (int i = 0; i < 7; i++) {
			this.outbox.queue(listMail("lector" + i + "@example.org"));
		}

		assertThat(this.sender.deliverDue()).isEqualTo(7);

		assertThat(smtp.getReceivedMessages()).hasSize(7);
		assertThat(this.jdbc.queryForList("select status from mail_outbox", String.class)).hasSize(7)
			.containsOnly("SENT");
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where sent_at is not null"
				+ " and claimed_by is null and attempts = 1", Long.class))
			.isEqualTo(7);
	}

	@Test
	void aMessageStoppedAtItsCheckpointNeverReachesTheServer() throws Exception {
		Properties settings = new Properties();
		settings.put("mail.smtp.quitwait", "false");
		Session session = Session.getInstance(settings);
		MimeMessage message = new MimeMessage(session);
		message.setFrom("newsroom@dateline.example");
		message.setRecipients(jakarta.mail.Message.RecipientType.TO, "lectora@example.org");
		message.setSubject("Sólo una vez", "UTF-8");
		message.setText("Cuerpo del mensaje — «una vez»", "UTF-8");
		CheckpointTransport stopped = connect(session);
		assertThatExceptionOfType(CheckpointTransport.ClaimLostException.class)
			.isThrownBy(() -> stopped.send(message, () -> false));
		assertThat(stopped.passedCheckpoint()).isFalse();
		stopped.close();

		CheckpointTransport passing = connect(session);
		passing.send(message, () -> true);
		assertThat(passing.passedCheckpoint()).isTrue();
		passing.close();

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Sólo una vez");
	}

	private static CheckpointTransport connect(Session session) throws Exception {
		CheckpointTransport transport = new CheckpointTransport(session,
				new URLName("smtp", "127.0.0.1", MailServer.PORT, null, null, null));
		transport.connect("127.0.0.1", MailServer.PORT, null, null);
		return transport;
	}

	private java.util.Map<String, Object> row(String recipient) {
		return this.jdbc.queryForMap(
				"select status, attempts, last_error, next_attempt_at from mail_outbox where recipient = ?", recipient);
	}

	private List<String> recipients() throws Exception {
		List<String> recipients = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			recipients.add(message.getAllRecipients()[0].toString());
		}
		return recipients;
	}

	private OutboxClaims claims(int batchSize) {
		return new OutboxClaims(this.jdbc, properties(batchSize), this.clock, this.transactions);
	}

	static MailProperties properties(int batchSize) {
		return new MailProperties("newsroom@dateline.example", "Dateline", 1000, 4, batchSize, Duration.ofMinutes(2),
				Duration.ofSeconds(2), 3, Duration.ofMinutes(1), 3);
	}

}
