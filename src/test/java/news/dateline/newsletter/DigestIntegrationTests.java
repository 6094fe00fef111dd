package news.dateline.newsletter;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import news.dateline.mail.OutboxSender;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MailServer;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Digests against a real SMTP server: the daily digest goes out at its time to confirmed
 * subscribers only, as a multipart list mail with absolute links and no other reader's
 * address; an edition opens once and queues nobody twice, even when a node stopped
 * halfway or another node races it; a section's weekly digest lists that section.
 */
@DatabaseTest
class DigestIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.smtp();

	private static final Pattern URL = Pattern.compile("(?:href|src)=\"([^\"]+)\"|https?://[^\\s\"'<>]+");

	@Autowired
	Digests digests;

	@Autowired
	OutboxSender sender;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	news.dateline.support.TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.jdbc.update("delete from newsletter_schedule");
	}

	@AfterEach
	void tearDown() {
		this.clock.reset();
	}

	private long subscriber(String email, boolean confirmed, String... lists) {
		this.jdbc.update(
				"insert into newsletter_subscriber (email, confirmed_at, attempts_since, attempts, created_at) "
						+ "values (?, ?, ?, 0, ?)",
				email, confirmed ? java.sql.Timestamp.from(this.clock.instant()) : null,
				java.sql.Timestamp.from(this.clock.instant()), java.sql.Timestamp.from(this.clock.instant()));
		long id = this.jdbc.queryForObject("select id from newsletter_subscriber where email = ?", Long.class, email);
		for (String list : lists) {
			this.jdbc.update(
					"insert into newsletter_subscription (subscriber_id, list_key, status, changed_at) "
							+ "values (?, ?, ?, ?)",
					id, list, confirmed ? "ACTIVE" : "PENDING", java.sql.Timestamp.from(this.clock.instant()));
		}
		return id;
	}

	/** The daily digest due an hour from now. */
	private void dailyInAnHour() {
		LocalTime at = this.clock.instant().atOffset(ZoneOffset.UTC).toLocalTime().plusHours(1).withNano(0);
		this.jdbc.update(
				"insert into newsletter_schedule (list_key, send_time, weekday, changed_at) values (?, ?, null, ?)",
				NewsletterList.DAILY, at.toString().substring(0, 5), java.sql.Timestamp.from(this.clock.instant()));
	}

	private int digestsTo(String email) {
		return this.jdbc.queryForObject("select count(*) from mail_outbox where kind = 'digest' and recipient = ?",
				Integer.class, email);
	}

	private static String part(MimeMessage message, int index) throws Exception {
		return (String) ((MimeMultipart) message.getContent()).getBodyPart(index).getContent();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> links(String body) {
		List<String> links = new ArrayList<>();
		Matcher matcher = URL.matcher(body);
		while (matcher.find()) {
			links.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group());
		}
		return links;
	}

	@Test
	void theDailyDigestGoesOutAtItsTimeToConfirmedSubscribersOnly() throws Exception {
		String reader = TestData.unique("lectora") + "@example.org";
		String other = TestData.unique("vecino") + "@example.org";
		String unconfirmed = TestData.unique("pendiente") + "@example.org";
		String breakingOnly = TestData.unique("urgente") + "@example.org";
		subscriber(reader, true, "daily", "breaking");
		subscriber(other, true, "daily");
		subscriber(unconfirmed, false, "daily");
		subscriber(breakingOnly, true, "breaking");
		SectionView world = this.data.section("World");
		this.data.story("Seúl y Pionyang firman — «acuerdo» 북한 🕊️", world, this.data.author("Ana Núñez"),
				Duration.ofMinutes(30));
		this.data.story("Una historia de ayer", world, this.data.author("Ana Núñez"), Duration.ofHours(30));
		this.data.storyIn("es", "La edición en español — «solo en /es»", "Texto en español.", world,
				this.data.author("Ana Núñez"), Duration.ofMinutes(20));
		dailyInAnHour();

		this.digests.sendDue();
		assertThat(digestsTo(reader)).isZero();

		this.clock.advance(Duration.ofMinutes(61));
		this.digests.sendDue();
		this.digests.sendDue();
		assertThat(digestsTo(reader)).isEqualTo(1);
		assertThat(digestsTo(other)).isEqualTo(1);
		assertThat(digestsTo(unconfirmed)).isZero();
		assertThat(digestsTo(breakingOnly)).isZero();

		this.sender.deliverDue();
		MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals(reader))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).startsWith("The daily digest — ");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8080/newsletters/unsubscribe");
		assertThat(mail.getMessageID()).endsWith("@dateline.example>");
		assertThat(mail.getSentDate()).isNotNull();
		assertThat(mail.getFrom()[0].toString()).endsWith("@dateline.example>");
		String text = part(mail, 0);
		String html = part(mail, 1);
		assertThat(text).contains("Seúl y Pionyang firman — «acuerdo» 북한 🕊️")
			.doesNotContain("Una historia de ayer")
			.as("the digest is the default edition's")
			.doesNotContain("solo en /es");
		assertThat(html).contains("«acuerdo» 북한").doesNotContain("<script").doesNotContain("{{");
		assertThat(links(html)).isNotEmpty().allSatisfy((l) -> assertThat(l).startsWith("http://localhost:8080/"));
		assertThat(links(text)).isNotEmpty().allSatisfy((l) -> assertThat(l).startsWith("http://localhost:8080/"));
		assertThat(text + html).doesNotContain(other).doesNotContain("@example.com");
		assertThat(html).contains(mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "").replace("&", "&amp;"));
		// one body encoded for the edition: each copy carries only its own unsubscribe
		// URL
		MimeMessage others = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals(other))
			.findFirst()
			.orElseThrow();
		String readersUrl = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
		String othersUrl = others.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
		assertThat(othersUrl).isNotEqualTo(readersUrl);
		assertThat(part(others, 0)).contains(othersUrl)
			.doesNotContain(readersUrl)
			.contains("Seúl y Pionyang firman — «acuerdo» 북한 🕊️");
		assertThat(part(others, 1)).contains(othersUrl.replace("&", "&amp;"))
			.doesNotContain(readersUrl.replace("&", "&amp;"))
			.contains("«acuerdo» 북한");
		assertThat(text).contains(readersUrl).doesNotContain(othersUrl);
		assertThat(html).doesNotContain(othersUrl.replace("&", "&amp;"));
	}

	@Test
	void anEditionInterruptedHalfwayFinishesWithoutQueueingAnyoneTwice() {
		this.data.story("Historia — “del día”", this.data.section("World"), this.data.author("Ana Núñez"),
				Duration.ofMinutes(30));
		List<Object[]> rows = new ArrayList<>();
		String run = TestData.unique("masa");
		for (int i = 0; i < Mailings.PAGE + 5; i++) {
			rows.add(new Object[] { run + "-" + i + "@example.org", java.sql.Timestamp.from(this.clock.instant()) });
		}
		this.jdbc.batchUpdate(
				"insert into newsletter_subscriber (email, confirmed_at, attempts_since, attempts, "
						+ "created_at) values (?, ?, ?, 0, ?)",
				rows.stream().map((r) -> new Object[] { r[0], r[1], r[1], r[1] }).toList());
		this.jdbc.update(
				"insert into newsletter_subscription (subscriber_id, list_key, status, changed_at) "
						+ "select id, 'daily', 'ACTIVE', confirmed_at from newsletter_subscriber where email like ?",
				run + "-%");
		String edition = "2026-12-03-test";

		this.digests.open(NewsletterList.DAILY, edition);
		this.digests.open(NewsletterList.DAILY, edition);
		long issue = this.digests.issueOf(NewsletterList.DAILY, edition).orElseThrow();
		assertThat(this.digests.queueNext(issue)).isEqualTo(Mailings.PAGE);
		// the node stops here; another (or the same, restarted) finishes the edition
		this.digests.queueAll(issue);
		this.digests.queueAll(issue);

		assertThat(
				this.jdbc.queryForObject("select count(*) from mail_outbox where issue_id = ?", Integer.class, issue))
			.isEqualTo(Mailings.PAGE + 5);
		assertThat(this.jdbc.queryForObject("select count(distinct recipient) from mail_outbox where issue_id = ?",
				Integer.class, issue))
			.isEqualTo(Mailings.PAGE + 5);
		assertThat(
				this.jdbc.queryForObject("select recipients from newsletter_issue where id = ?", Integer.class, issue))
			.isEqualTo(Mailings.PAGE + 5);
	}

	@Test
	void aSectionsWeeklyDigestListsThatSectionOnItsDay() {
		SectionView section = this.data.section(TestData.unique("Economía"));
		SectionView elsewhere = this.data.section("World");
		this.data.story("Los precios — «suben»", section, this.data.author("Ana Núñez"), Duration.ofDays(2));
		this.data.story("Otra sección", elsewhere, this.data.author("Ana Núñez"), Duration.ofDays(1));
		String reader = TestData.unique("semanal") + "@example.org";
		String list = "section:" + section.slug();
		subscriber(reader, true, list);
		int weekday = this.clock.instant().atOffset(ZoneOffset.UTC).getDayOfWeek().getValue();
		this.jdbc.update(
				"insert into newsletter_schedule (list_key, send_time, weekday, changed_at) values (?, ?, ?, ?)", list,
				"00:00", (weekday % 7) + 1, java.sql.Timestamp.from(this.clock.instant()));
		this.digests.sendDue();
		assertThat(digestsTo(reader)).isZero();

		this.jdbc.update("update newsletter_schedule set weekday = ? where list_key = ?", weekday, list);
		this.digests.sendDue();
		assertThat(digestsTo(reader)).isEqualTo(1);
		String text = this.jdbc.queryForObject(
				"select b.text_body from mail_outbox o join mail_body b on b.id = o.body_id where o.recipient = ?",
				String.class, reader);
		assertThat(text).contains("Los precios — «suben»").doesNotContain("Otra sección");
	}

	@Test
	void sectionAndAuthorPagesOfferTheirOwnWeeklyList() throws Exception {
		SectionView section = this.data.section(TestData.unique("Cultura y «arte»"));
		String author = this.data.author("Ji-woo Kim 김지우");
		this.data.story("Una exposición — “imprescindible”", section, author, Duration.ofDays(1));
		this.mvc.perform(get("/sections/" + section.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"section:" + section.slug() + "\"")));
		this.mvc.perform(get("/authors/" + author))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"author:" + author + "\"")));

		String reader = TestData.unique("autora") + "@example.org";
		this.mvc.perform(post("/newsletters/subscribe").param("email", reader).param("lists", "author:" + author))
			.andExpect(status().isOk());
		this.mvc.perform(post("/newsletters/subscribe").param("email", reader).param("lists", "author:nadie-existe"))
			.andExpect(status().isUnprocessableContent());
		this.jdbc.update("update newsletter_subscriber set confirmed_at = ? where email = ?",
				java.sql.Timestamp.from(this.clock.instant()), reader);
		this.jdbc.update("update newsletter_subscription set status = 'ACTIVE' where subscriber_id = "
				+ "(select id from newsletter_subscriber where email = ?)", reader);
		int weekday = this.clock.instant().atOffset(ZoneOffset.UTC).getDayOfWeek().getValue();
		this.jdbc.update(
				"insert into newsletter_schedule (list_key, send_time, weekday, changed_at) values (?, ?, ?, ?)",
				"author:" + author, "00:00", weekday, java.sql.Timestamp.from(this.clock.instant()));
		this.digests.sendDue();
		assertThat(this.jdbc.queryForObject("select subject from mail_outbox where recipient = ? and kind = 'digest'",
				String.class, reader))
			.startsWith("Ji-woo Kim 김지우: the week — ");
	}

	@Test
	void editorsSetEachDigestsTimeAndBadTimesAreRefused() {
		this.staff.signIn(news.dateline.security.Role.EDITOR);
		try {
			this.digests.schedule(NewsletterList.DAILY, "06:45", 3);
			this.digests.schedule("section:world", "18:05", 5);
			Map<String, Digests.DigestTime> times = this.digests
				.schedules(List.of(NewsletterList.BREAKING, NewsletterList.DAILY, "section:world", "replies:42"));
			assertThat(times).doesNotContainKey(NewsletterList.BREAKING).doesNotContainKey("replies:42");
			assertThat(times.get(NewsletterList.DAILY).time()).isEqualTo("06:45");
			assertThat(times.get(NewsletterList.DAILY).day()).isNull();
			assertThat(times.get("section:world").time()).isEqualTo("18:05");
			assertThat(times.get("section:world").day()).isEqualTo(5);
			for (String bad : List.of("25:00", "7h", "", "07:00\r\nBcc: x@example.org")) {
				assertThatThrownBy(() -> this.digests.schedule(NewsletterList.DAILY, bad, null))
					.isInstanceOf(news.dateline.system.FieldRejectedException.class);
			}
			assertThatThrownBy(() -> this.digests.schedule(NewsletterList.BREAKING, "07:00", null))
				.isInstanceOf(news.dateline.system.FieldRejectedException.class);
			assertThatThrownBy(() -> this.digests.schedule("replies:42", "07:00", null))
				.isInstanceOf(news.dateline.system.FieldRejectedException.class);
			assertThat(this.jdbc.queryForObject(
					"select count(*) from newsletter_schedule where list_key like 'replies:%'", Integer.class))
				.isZero();
			assertThat(this.digests.schedules(List.of(NewsletterList.DAILY)).get(NewsletterList.DAILY).time())
				.isEqualTo("06:45");
		}
		finally {
			news.dateline.support.TestStaff.signOut();
		}
	}

}
