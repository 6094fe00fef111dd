package news.dateline.mail;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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

	@AfterEach
	void resetClock() {
		this.clock.reset();
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
		OutboxClaims first = new OutboxClaims(this.jdbc, properties(3), this.clock);
		OutboxClaims second = new OutboxClaims(this.jdbc, properties(3), this.clock);

		List<OutboxMessage> a = first.claim();
		List<OutboxMessage> b = second.claim();

		assertThat(a).hasSize(3);
		assertThat(b).hasSize(2);
		assertThat(a).extracting(OutboxMessage::id)
			.doesNotContainAnyElementsOf(b.stream().map(OutboxMessage::id).toList());
		assertThat(first.claim()).isEmpty();
	}

	@Test
	void takesBackClaimsOfAStoppedNodeButNeverResendsAnInterruptedSend() {
		this.outbox.queue(listMail("claimed@example.org"));
		this.outbox.queue(listMail("sending@example.org"));
		OutboxClaims stopped = new OutboxClaims(this.jdbc, properties(10), this.clock);
		List<OutboxMessage> claimed = stopped.claim();
		stopped.startSending(claimed.get(1).id());
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
	void doesNotTakeBackClaimsBeforeTheirLeaseEnds() {
		this.outbox.queue(listMail("held@example.org"));
		new OutboxClaims(this.jdbc, properties(10), this.clock).claim();
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

	private static MailProperties properties(int batchSize) {
		return new MailProperties("newsroom@dateline.example", "Dateline", 1000, batchSize, Duration.ofMinutes(2),
				Duration.ofSeconds(2), 3, Duration.ofMinutes(1), 3);
	}

}
