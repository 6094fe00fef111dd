package news.dateline.notification;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.comment.CommentService;
import news.dateline.comment.Commenter;
import news.dateline.comment.NewComment;
import news.dateline.comment.SubmittedComment;
import news.dateline.mail.OutboxSender;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MailServer;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Moderators' mail with real commits and a real SMTP server: a held comment mailed at
 * once, in its own transaction, only to the moderators who chose it; an hourly summary
 * once per hour and none when nothing arrived; members who may not moderate cannot
 * choose. These tests commit, so they remove what they made.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ModeratorNotificationsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.smtp();

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

	@Autowired
	ModeratorNotifications notifications;

	@Autowired
	CommentService comments;

	@Autowired
	OutboxSender sender;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	TestData.Story story;

	final List<UserView> members = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.story = this.data.story("Moderación — «el pleno» 회의 🗳️", this.data.section("World"),
				this.data.author("Ana Núñez"), Duration.ofHours(1));
	}

	@AfterEach
	void tearDown() {
		TestStaff.signOut();
		this.jdbc.update("delete from comment where article_id = ?", this.story.id());
		this.jdbc.update("delete from article where id = ?", this.story.id());
		for (UserView member : this.members) {
			this.jdbc.update("delete from mail_outbox where recipient = ?", member.email());
			this.jdbc.update("delete from staff_notification where user_id = ?", member.id());
		}
		this.clock.reset();
	}

	private UserView member(Role role, ModerationMail choice) {
		UserView member = this.staff.account(role);
		this.members.add(member);
		if (choice != null) {
			this.staff.signIn(member);
			this.notifications.choose(choice);
			TestStaff.signOut();
		}
		return member;
	}

	private SubmittedComment heldComment(String body) {
		this.clock.advance(Duration.ofSeconds(20));
		String email = TestData.unique("nuevo") + "@example.org";
		SubmittedComment comment = this.comments.submit(new NewComment(this.story.id(), null,
				new Commenter("Bea Ruiz 비", email, null, "hash-" + email), body, false, Duration.ofSeconds(30)));
		assertThat(comment.isVisibleToAll()).as("a first-time commenter is held").isFalse();
		return comment;
	}

	private List<String> queued(String kind, UserView member) {
		return this.jdbc.queryForList("select subject from mail_outbox where kind = ? and recipient = ?", String.class,
				kind, member.email());
	}

	@Test
	void aHeldCommentIsMailedAtOnceOnlyToTheModeratorsWhoChoseIt() throws Exception {
		UserView atOnce = member(Role.EDITOR, ModerationMail.AT_ONCE);
		UserView hourly = member(Role.ADMINISTRATOR, ModerationMail.HOURLY);
		UserView off = member(Role.EDITOR, ModerationMail.OFF);

		SubmittedComment held = heldComment("¿Y las cifras? — “no cuadran” 🤔");

		assertThat(queued("moderation-held", atOnce)).hasSize(1);
		assertThat(queued("moderation-held", hourly)).isEmpty();
		assertThat(queued("moderation-held", off)).isEmpty();

		this.sender.deliverDue();
		MimeMessage mail = received(atOnce.email());
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(atOnce.email());
		assertThat(mail.getFrom()[0].toString()).contains("@dateline.example");
		assertThat(mail.getMessageID()).endsWith("@dateline.example>");
		assertThat(mail.getSentDate()).isNotNull();
		assertThat(mail.getSubject()).contains("a comment waits for moderation");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		String text = (String) parts.getBodyPart(0).getContent();
		String html = (String) parts.getBodyPart(1).getContent();
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat(text).contains("Bea Ruiz 비", "“no cuadran” 🤔", "/admin/comments/" + held.id());
		assertThat(html).contains("Bea Ruiz 비", "/admin/comments/" + held.id(), "/admin/notifications");
		Matcher links = HREF.matcher(html);
		int count = 0;
		while (links.find()) {
			assertThat(links.group(1)).matches("https?://[^\\s]+");
			count++;
		}
		assertThat(count).isGreaterThanOrEqualTo(4);
		String raw = new String(mail.getRawInputStream().readAllBytes()) + text + html;
		assertThat(raw).doesNotContain(hourly.email()).doesNotContain(off.email()).doesNotContain("@example.org");
	}

	@Test
	void theHourlySummaryListsWhatArrivedOncePerHourAndNothingWhenNothingDid() {
		UserView hourly = member(Role.EDITOR, ModerationMail.HOURLY);
		heldComment("Primera duda — «plazos»");
		heldComment("Segunda duda 두 번째");

		assertThat(this.notifications.sendHourlySummaries()).as("the hour is not over").isZero();
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.notifications.sendHourlySummaries()).isEqualTo(1);
		assertThat(this.notifications.sendHourlySummaries()).as("never twice for one hour").isZero();
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.notifications.sendHourlySummaries()).as("nothing arrived").isZero();

		assertThat(queued("moderation-summary", hourly)).hasSize(1);
		String text = this.jdbc.queryForObject(
				"select text_body from mail_outbox where kind = 'moderation-summary' and recipient = ?", String.class,
				hourly.email());
		assertThat(text).contains("Primera duda — «plazos»", "Segunda duda 두 번째", "http://");
	}

	@Test
	void onlyMembersWhoMayModerateChoose() {
		UserView author = member(Role.AUTHOR, null);
		this.staff.signIn(author);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.notifications.choose(ModerationMail.AT_ONCE));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.notifications.own());
		assertThat(this.jdbc.queryForObject("select count(*) from staff_notification where user_id = ?", Long.class,
				author.id()))
			.isZero();
	}

	private static MimeMessage received(String recipient) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(recipient)) {
				return message;
			}
		}
		throw new AssertionError("no mail to " + recipient);
	}

}
