package news.dateline.admin;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.comment.CommentService;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.Commenter;
import news.dateline.comment.NewComment;
import news.dateline.comment.SubmittedComment;
import news.dateline.security.Role;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator's journey in headless Chromium: signs in to the admin, approves a
 * first-time reader's held comment from the queue, and finds it on the story's page.
 */
class ModeratorJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestStaff staff;

	@Autowired
	CommentService comments;

	@Test
	void aModeratorSignsInApprovesAHeldCommentAndReadersSeeIt() {
		Story story = this.data.story("Talks resume at the border", this.data.section("World"),
				this.data.author("Mina Park", "diplomacy"), Duration.ofMinutes(5));
		String body = "First time commenting: " + TestData.unique("thanks");
		SubmittedComment held = this.comments.submit(new NewComment(story.id(), null,
				new Commenter("New Reader", TestData.unique("reader") + "@example.com", null, TestData.unique("ip")),
				body, false, Duration.ofSeconds(30)));
		assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
		UserView moderator = this.staff.account(Role.EDITOR);

		open("/admin/comments");
		waitFor(By.id("email"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin/login"));
		browser.findElement(By.id("email")).sendKeys(moderator.email());
		browser.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();

		WebElement row = waitFor(By.id("comment-" + held.id()));
		assertThat(browser.getCurrentUrl()).startsWith(url("/admin/comments"));
		assertThat(row.getText()).contains("New Reader", body, "Held: First-time commenter",
				"Talks resume at the border");
		row.findElement(By.xpath(".//button[normalize-space()='Approve']")).click();
		WebElement flash = waitFor(By.cssSelector(".admin-flash"));
		assertThat(flash.getText()).isEqualTo("1 comment approved.");
		assertThat(browser.findElements(By.id("comment-" + held.id()))).isEmpty();
		open("/admin/comments?status=approved");
		WebElement approved = waitFor(By.id("comment-" + held.id()));
		assertThat(approved.getText()).contains("New Reader", body).doesNotContain("Held:");

		open(story.url());
		WebElement shown = waitFor(By.id("comment-" + held.id()));
		assertThat(shown.getText()).contains("New Reader", body).doesNotContain("awaiting moderation");
		assertThat(browser.findElement(By.id("comments-heading")).getText()).isEqualToIgnoringCase("1 comment");
	}

}
