package news.dateline.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.mail.OutboxSender;
import news.dateline.newsletter.Mailings;
import news.dateline.security.Role;
import news.dateline.support.BrowserTest;
import news.dateline.support.MailServer;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's mail journeys in headless Chromium against a real SMTP server: subscribe
 * from the footer, confirm from the link in the received mail, receive a breaking alert,
 * unsubscribe from it; and a commenter's reply notification, from the reply form's box to
 * the mail about a reply.
 */
class NewsletterBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.smtp();

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

	@Autowired
	OutboxSender sender;

	@Autowired
	Mailings mailings;

	@Autowired
	TestStaff staff;

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private static String text(MimeMessage message) throws Exception {
		return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The last mail to the address, after the outbox has sent what it holds. */
	private MimeMessage lastTo(String address) {
		this.sender.deliverDue();
		List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals(address))
			.toList();
		assertThat(mine).as("mail to %s", address).isNotEmpty();
		return mine.get(mine.size() - 1);
	}

	private static String link(MimeMessage message, String containing) throws Exception {
		Matcher matcher = LINK.matcher(text(message));
		while (matcher.find()) {
			if (matcher.group().contains(containing)) {
				return matcher.group().replaceFirst("^https?://[^/]+", "");
			}
		}
		throw new AssertionError("no link with " + containing + " in " + text(message));
	}

	private static void submitAndWait(By button) {
		WebElement element = browser.findElement(button);
		element.click();
		new WebDriverWait(browser, DEADLINE).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(element));
		waitUntilLoaded();
	}

	@Test
	void readerSubscribesConfirmsFromTheMailGetsAnAlertAndUnsubscribes() throws Exception {
		Story story = this.data.story("Seúl y Pionyang firman — «acuerdo» 북한", this.data.section("World"),
				this.data.author("Ana Núñez"), Duration.ofMinutes(5));
		String reader = TestData.unique("lectora") + "@example.org";

		open(story.url());
		type("newsletter-email", reader);
		submitAndWait(By.cssSelector(".site-footer .newsletter-signup button[type=submit]"));
		assertThat(text("main")).contains("Check your inbox");

		open(link(lastTo(reader), "/newsletters/confirm"));
		assertThat(text("main")).contains("your subscription is confirmed").contains(reader);

		this.staff.signIn(Role.EDITOR);
		assertThat(this.mailings.sendBreakingAlert(story.slug())).isEqualTo(1);
		MimeMessage alert = lastTo(reader);
		assertThat(alert.getSubject()).contains("«acuerdo» 북한");
		assertThat(alert.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

		open(link(alert, "/newsletters/manage"));
		submitAndWait(By.cssSelector(".newsletter-lists form[action*='list=breaking'] button"));
		assertThat(text("main")).contains("You are unsubscribed from that list.");
		this.staff.signIn(Role.EDITOR);
		assertThat(this.mailings.sendBreakingAlert(story.slug())).isZero();
	}

	@Test
	void commenterAsksForReplyMailsConfirmsAndHearsOfAReply() throws Exception {
		Story story = this.data.story("Debate — “la reforma” 개혁", this.data.section("World"),
				this.data.author("Ana Núñez"), Duration.ofMinutes(5));
		String ana = TestData.unique("Ana Lopez");
		String bea = TestData.unique("Bea Ruiz");
		String anaEmail = ana.toLowerCase().replace(' ', '.') + "@example.com";
		String beaEmail = bea.toLowerCase().replace(' ', '.') + "@example.com";
		this.data.approvedComment(story, null, ana, "Un comentario anterior.");
		this.data.approvedComment(story, null, bea, "Otro comentario anterior.");

		open(story.url());
		type("comment", "¿Y el calendario — «real»?");
		type("author", ana);
		type("email", anaEmail);
		browser.findElement(By.id("notify")).click();
		this.clock.advance(Duration.ofSeconds(30));
		submitAndWait(By.cssSelector("#commentform button[type=submit]"));
		String anchor = browser.getCurrentUrl().replaceFirst(".*#comment-", "");
		Long anasComment = Long.valueOf(anchor);

		open(link(lastTo(anaEmail), "/newsletters/confirm"));
		assertThat(text("main")).contains("your subscription is confirmed");

		open(story.url());
		browser.findElement(By.id("comment-" + anasComment))
			.findElement(By.cssSelector(":scope > .comment__body .comment-reply-link"))
			.click();
		waitFor(By.cssSelector("#comment-" + anasComment + " > #respond #commentform"));
		type("comment", "En marzo, según el ministerio.");
		type("author", bea);
		type("email", beaEmail);
		this.clock.advance(Duration.ofSeconds(30));
		submitAndWait(By.cssSelector("#commentform button[type=submit]"));

		MimeMessage notice = lastTo(anaEmail);
		assertThat(notice.getSubject()).contains(bea).contains("“la reforma” 개혁");
		assertThat(text(notice)).contains("En marzo, según el ministerio.").doesNotContain(beaEmail);
		assertThat(notice.getHeader("List-Unsubscribe")[0]).contains("list=replies%3A" + story.id());
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NewsletterBrowserTests::recipient))
			.doesNotContain(beaEmail);

		open(link(notice, "list=replies%3Aall"));
		submitAndWait(By.cssSelector("form#replies button"));
		assertThat(text("main")).contains("You are unsubscribed from that list.");
	}

}
