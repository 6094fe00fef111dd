package news.dateline.user;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;

import news.dateline.mail.OutboxSender;
import news.dateline.security.Role;
import news.dateline.security.StaffAccounts;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MailServer;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Password reset and invitation links, mailed through a real SMTP server: the link works
 * once, for its time only, and nobody learns from the answer whether an account exists.
 */
@DatabaseTest
class PasswordLinksIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.smtp();

	private static final Pattern LINK = Pattern
		.compile("(https?://\\S+/admin/password/reset\\?token=([A-Za-z0-9_-]+))");

	@Autowired
	PasswordLinks links;

	@Autowired
	UserService users;

	@Autowired
	OutboxSender sender;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	UserView editor;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.editor = this.staff.account(Role.EDITOR);
	}

	@AfterEach
	void tearDown() {
		TestStaff.signOut();
		this.clock.reset();
	}

	private String mailedToken() throws Exception {
		this.sender.deliverDue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).isNotEmpty();
		MimeMessage last = received[received.length - 1];
		Matcher matcher = LINK.matcher(GreenMailUtil.getBody(last).replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as("a reset link in the mail").isTrue();
		return matcher.group(2);
	}

	@Test
	void mailsASingleUseLinkThatSetsTheEditorsPassword() throws Exception {
		this.links.requestReset(" " + this.editor.email().toUpperCase() + " ");
		String token = mailedToken();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(this.editor.email());
		assertThat(mail.getSubject()).contains("new password");

		this.links.setPassword(token, "una contraseña nueva — «larga»");

		assertThat(
				this.accounts.signIn(this.editor.email(), "una contraseña nueva — «larga»", TestData.unique("10.1.0"))
					.email())
			.isEqualTo(this.editor.email());
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.links.setPassword(token, "yet another long password"));
		assertThat(this.links.isUsable(token)).isFalse();
	}

	@Test
	void linkExpiresAfterAnHour() throws Exception {
		this.links.requestReset(this.editor.email());
		String token = mailedToken();
		this.clock.advance(Duration.ofMinutes(60).plusMillis(1));

		assertThat(this.links.isUsable(token)).isFalse();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.links.setPassword(token, "a long enough password"));
		assertThatExceptionOfType(AuthenticationException.class).isThrownBy(
				() -> this.accounts.signIn(this.editor.email(), "a long enough password", TestData.unique("10.1.0")));
	}

	@Test
	void unknownOrMalformedAddressesGetNoMailAndNoError() {
		this.links.requestReset("nobody-here@example.com");
		this.links.requestReset("editor@example.com\r\nBcc: everyone@example.com");
		this.links.requestReset(null);

		assertThat(this.sender.deliverDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void sendsAtMostThreeLinksAnHourToOneAccount() {
		for (int i = 0; i < 6; i++) {
			this.clock.advance(Duration.ofSeconds(1));
			this.links.requestReset(this.editor.email());
		}
		this.sender.deliverDue();
		assertThat(smtp.getReceivedMessages()).hasSize(PasswordLinks.RESETS_PER_HOUR);
	}

	@Test
	void onlyTheNewestLinkWorks() throws Exception {
		this.links.requestReset(this.editor.email());
		String first = mailedToken();
		this.clock.advance(Duration.ofSeconds(5));
		this.links.requestReset(this.editor.email());
		String second = mailedToken();

		assertThat(this.links.isUsable(first)).isFalse();
		assertThat(this.links.isUsable(second)).isTrue();
	}

	@Test
	void shortPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
		this.links.requestReset(this.editor.email());
		String token = mailedToken();

		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.links.setPassword(token, "short"));
		assertThat(this.links.isUsable(token)).isTrue();
	}

	@Test
	void invitedMemberChoosesTheirOwnPassword() throws Exception {
		this.staff.signIn(Role.ADMINISTRATOR);
		String email = TestData.unique("periodista") + "@example.com";
		this.users.create(new NewStaffUser(email, "김민지 Periodista", Role.AUTHOR, "", null));
		String token = mailedToken();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
		assertThat(GreenMailUtil.getBody(mail)).doesNotContain(TestStaff.PASSWORD);

		this.links.setPassword(token, "mi primera contraseña");

		assertThat(this.accounts.signIn(email, "mi primera contraseña", TestData.unique("10.2.0")).email())
			.isEqualTo(email);
		assertThat(List.of(smtp.getReceivedMessages())).hasSize(1);
	}

}
