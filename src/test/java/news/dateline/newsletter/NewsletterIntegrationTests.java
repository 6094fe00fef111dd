package news.dateline.newsletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.mail.OutboxSender;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MailServer;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader's newsletter journey against a real SMTP server: subscribe from the footer
 * form, confirm from the mailed link, receive a breaking alert with its list headers,
 * unsubscribe in one click; and the refusals (malformed address, flood, forged and
 * expired links).
 */
@DatabaseTest
class NewsletterIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.smtp();

	private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxSender sender;

	@Autowired
	Mailings mailings;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	String reader;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.reader = TestData.unique("lectora") + "@example.org";
	}

	@AfterEach
	void tearDown() {
		TestStaff.signOut();
		this.clock.reset();
	}

	private void subscribe(String email) throws Exception {
		this.mvc.perform(post("/newsletters/subscribe").param("email", email).param("lists", "breaking", "daily"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check your inbox")));
	}

	private static List<String> links(String text) {
		List<String> links = new ArrayList<>();
		Matcher matcher = URL.matcher(text);
		while (matcher.find()) {
			links.add(matcher.group().replace("&amp;", "&"));
		}
		return links;
	}

	private static String part(MimeMessage message, int index) throws Exception {
		return (String) ((MimeMultipart) message.getContent()).getBodyPart(index).getContent();
	}

	private String confirmationLink() throws Exception {
		this.sender.deliverDue();
		MimeMessage[] received = smtp.getReceivedMessages();
		MimeMessage last = received[received.length - 1];
		return links(part(last, 0)).stream()
			.filter((link) -> link.contains("/newsletters/confirm"))
			.findFirst()
			.orElseThrow();
	}

	private static boolean hasHeader(MimeMessage message, String name) {
		try {
			return message.getHeader(name) != null;
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String path(String absolute) {
		return absolute.replaceFirst("^https?://[^/]+", "");
	}

	@Test
	void subscribeConfirmReceiveAlertAndUnsubscribeInOneClick() throws Exception {
		String other = TestData.unique("otro") + "@example.org";
		subscribe(this.reader);
		subscribe(other);
		assertThat(confirmationLink()).startsWith("http://localhost:8080/newsletters/confirm?token=");
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		MimeMessage toReader = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals(this.reader))
			.findFirst()
			.orElseThrow();
		String readersLink = links(part(toReader, 0)).stream()
			.filter((l) -> l.contains("/newsletters/confirm"))
			.findFirst()
			.orElseThrow();

		this.mvc.perform(get(path(readersLink)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("your subscription is confirmed")))
			.andExpect(content().string(containsString(this.reader)));

		TestData.Story story = this.data.story("Seúl y Pionyang firman — «acuerdo» 북한", this.data.section("World"),
				this.data.author("Ana Núñez"), Duration.ofMinutes(5));
		this.staff.signIn(Role.EDITOR);
		assertThat(this.mailings.sendBreakingAlert(story.slug())).isEqualTo(1);
		this.sender.deliverDue();

		assertThat(smtp.getReceivedMessages()).hasSize(3);
		MimeMessage alert = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> hasHeader(m, "List-Unsubscribe"))
			.findFirst()
			.orElseThrow();
		assertThat(alert.getAllRecipients()).extracting(Object::toString).containsExactly(this.reader);
		assertThat(alert.getSubject()).contains("«acuerdo» 북한");
		assertThat(alert.getMessageID()).endsWith("@dateline.example>");
		assertThat(alert.getSentDate()).isNotNull();
		assertThat(alert.getFrom()[0].toString()).endsWith("@dateline.example>");
		assertThat(alert.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String unsubscribe = alert.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).startsWith("<http").endsWith(">");
		String text = part(alert, 0);
		String html = part(alert, 1);
		assertThat(text).contains(story.url());
		assertThat(html).contains("<h1").contains("«acuerdo» 북한");
		assertThat(links(html)).isNotEmpty().allSatisfy((l) -> assertThat(l).startsWith("http://localhost:8080/"));
		assertThat(html).doesNotContain("href=\"/").doesNotContain("<script");
		assertThat(text + html).doesNotContain(other).doesNotContain("@example.com");
		// rendered once for the edition: this copy's own links put in, in both parts
		String own = unsubscribe.substring(1, unsubscribe.length() - 1);
		assertThat(text).contains(own).contains("/newsletters/manage?token=").doesNotContain("{{");
		assertThat(html).contains("/newsletters/manage?token=").doesNotContain("{{");

		this.mvc
			.perform(post(path(unsubscribe.substring(1, unsubscribe.length() - 1)))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select l.status from newsletter_subscription l join newsletter_subscriber s "
						+ "on s.id = l.subscriber_id where s.email = ? and l.list_key = 'breaking'",
				String.class, this.reader))
			.isEqualTo("UNSUBSCRIBED");
		this.staff.signIn(Role.EDITOR);
		assertThat(this.mailings.sendBreakingAlert(story.slug())).isZero();
	}

	@Test
	void resubscribingWithinAnHourSendsNoSecondMailAndLooksTheSame() throws Exception {
		subscribe(this.reader);
		this.clock.advance(Duration.ofMinutes(59));
		subscribe(this.reader);
		this.sender.deliverDue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);

		this.clock.advance(Duration.ofMinutes(2));
		subscribe(this.reader);
		this.sender.deliverDue();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	@Test
	void unconfirmedAddressGetsNoAlert() throws Exception {
		subscribe(this.reader);
		TestData.Story story = this.data.story("Alerta sin confirmar", this.data.section("World"),
				this.data.author("Ana Núñez"), Duration.ofMinutes(5));
		this.staff.signIn(Role.EDITOR);
		assertThat(this.mailings.sendBreakingAlert(story.slug())).isZero();
	}

	@Test
	void floodToOneAddressGets429AndKeepsTheSubscription() throws Exception {
		for (int i = 0; i < 5; i++) {
			subscribe(this.reader);
		}
		this.mvc.perform(post("/newsletters/subscribe").param("email", this.reader).param("lists", "daily"))
			.andExpect(status().isTooManyRequests());
		assertThat(
				this.jdbc.queryForObject("select count(*) from newsletter_subscription l join newsletter_subscriber s "
						+ "on s.id = l.subscriber_id where s.email = ?", Integer.class, this.reader))
			.isEqualTo(2);
	}

	@Test
	void malformedAddressOrHeaderInjectionIsRefusedBesideTheField() throws Exception {
		for (String bad : List.of("not-an-address", "a@example.org\r\nBcc: all@example.org", "Eve <eve@example.org>",
				"")) {
			this.mvc.perform(post("/newsletters/subscribe").param("email", bad).param("lists", "daily"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Please enter one valid email address.")));
		}
		this.mvc.perform(post("/newsletters/subscribe").param("email", this.reader).param("lists", "nonsense"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Please choose at least one list.")));
		this.sender.deliverDue();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void forgedAndExpiredLinksGetAClearPage() throws Exception {
		this.mvc.perform(get("/newsletters/confirm").param("token", "1.99999999999.forged"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This link does not work")));
		this.mvc.perform(post("/newsletters/unsubscribe").param("token", "1.forged"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/newsletters/manage")).andExpect(status().isBadRequest());

		subscribe(this.reader);
		String link = confirmationLink();
		this.clock.advance(Duration.ofHours(48));
		this.mvc.perform(get(path(link)))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("has expired")));
	}

}
