package news.dateline.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.support.DatabaseTest;
import news.dateline.support.MailServer;
import news.dateline.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several senders at once on committed rows, against a real SMTP server: two nodes (each
 * with its own claims) with three sender threads each, all on one outbox, and every mail
 * reaches the server exactly once. These tests commit, so they remove what they made.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OutboxSenderConcurrencyTests {

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.smtp();

	@Autowired
	Outbox outbox;

	@Autowired
	MimeMessages messages;

	@Autowired
	ObjectProvider<JavaMailSender> mailSender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void removeWhatWasCommitted() {
		this.jdbc.update("delete from mail_outbox where recipient like 'varios-%'");
	}

	@Test
	void twoNodesWithSeveralSendersEachDeliverEveryMailOnce() throws Exception {
		int mails = 240;
		this.outbox.queueAll(IntStream.range(0, mails).mapToObj((i) -> mail("varios-" + i + "@example.org")).toList());
		List<OutboxSender> nodes = List.of(node(), node());
		ExecutorService threads = Executors.newFixedThreadPool(6);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> senders = new ArrayList<>();
		try {
			for (int i = 0; i < 6; i++) {
				OutboxSender node = nodes.get(i % 2);
				Callable<Integer> sender = () -> {
					start.await();
					return node.deliverDue();
				};
				senders.add(threads.submit(sender));
			}
			start.countDown();
			List<Integer> sent = new ArrayList<>();
			for (Future<Integer> sender : senders) {
				sent.add(sender.get(60, TimeUnit.SECONDS));
			}

			assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(mails);
			assertThat(sent).as("more than one sender took a share")
				.filteredOn((count) -> count > 0)
				.hasSizeGreaterThan(1);
		}
		finally {
			threads.shutdownNow();
		}
		MimeMessage[] received = smtp.getReceivedMessages();
		Set<String> recipients = new HashSet<>();
		Set<String> messageIds = new HashSet<>();
		for (MimeMessage message : received) {
			recipients.add(message.getAllRecipients()[0].toString());
			messageIds.add(message.getMessageID());
		}
		assertThat(received).hasSize(mails);
		assertThat(recipients).hasSize(mails);
		assertThat(messageIds).hasSize(mails);
		assertThat(this.jdbc.queryForList(
				"select status from mail_outbox where recipient like 'varios-%' group by status", String.class))
			.containsExactly("SENT");
	}

	/** A node of its own: its own claims (another node id), batches of 20. */
	private OutboxSender node() {
		MailProperties properties = OutboxSenderIntegrationTests.properties(20);
		return new OutboxSender(new OutboxClaims(this.jdbc, properties, this.clock, this.transactions), this.messages,
				this.mailSender, properties);
	}

	private static OutgoingMail mail(String to) {
		return OutgoingMail.list("digest", to,
				new RenderedMail("El resumen — «Busan» 🌊", "Texto: https://news.example/a\n",
						"<p><a href=\"https://news.example/a\">부산 소식</a></p>"),
				"https://news.example/newsletters/unsubscribe/tok", null);
	}

}
