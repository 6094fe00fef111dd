package news.dateline.web;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.dateline.section.SectionView;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's journey through the public site in headless Chromium: from the home page to
 * a story, then into its comment thread.
 */
class ReaderJourneyBrowserTests extends BrowserTest {

	private static final Pattern COMMENT_ANCHOR = Pattern.compile("#comment-(\\d+)$");

	@Test
	void readerFollowsAStoryFromTheHomePageThenCommentsAndReplies() {
		SectionView section = this.data.section("World");
		String author = this.data.author("Mina Park", "North Korea", "diplomacy");
		String wire = this.data.wire("AP");
		Story story = this.data.story("Talks resume at the border", section, author, List.of(wire),
				Duration.ofMinutes(5));
		String regular = TestData.unique("Jae Kim");
		Long approvedId = this.data.approvedComment(story, null, regular, "Good to see the talks back on.");

		open("/");
		click(By.cssSelector(".card__headline a[href='" + story.url() + "']"));
		waitFor(By.cssSelector("h1.story__headline"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url(story.url()));
		assertThat(text("h1.story__headline")).isEqualTo("Talks resume at the border");
		assertThat(text(".story__body .dateline")).isEqualTo("SEOUL.-");
		assertThat(text(".story__body p")).isEqualTo("SEOUL.- First paragraph of Talks resume at the border.");
		assertThat(text(".story__source")).isEqualTo("Source: With information from AP");
		assertThat(text(".author-box__name")).isEqualTo("Mina Park");
		assertThat(text(".author-box__bio"))
			.isEqualTo("Reporter Mina Park. I specialize in topics like North Korea, diplomacy and more.");

		String newcomer = TestData.unique("Ana Ruiz");
		fillIn(newcomer, emailOf(newcomer), "Glad the talks are back on track.");
		this.clock.advance(Duration.ofSeconds(30));
		Long heldId = submitComment();
		WebElement held = waitFor(By.id("comment-" + heldId));
		assertThat(held.getDomAttribute("class")).contains("comment--held");
		assertThat(held.findElement(By.className("comment__author")).getText()).isEqualTo(newcomer);
		assertThat(held.findElement(By.className("comment__awaiting")).getText())
			.isEqualTo("Your comment is awaiting moderation.");
		assertThat(held.findElement(By.className("comment__content")).getText())
			.isEqualTo("Glad the talks are back on track.");

		By parent = By.id("comment-" + approvedId);
		this.clock.advance(Duration.ofMinutes(1));
		browser.findElement(parent).findElement(By.cssSelector(":scope > .comment__body .comment-reply-link")).click();
		waitFor(By.cssSelector("#comment-" + approvedId + " > #respond #commentform"));
		assertThat(browser.findElement(By.id("comment_parent")).getDomProperty("value"))
			.isEqualTo(approvedId.toString());
		assertThat(text("#reply-title span")).isEqualTo("Reply to " + regular);
		assertThat(browser.findElement(By.id("cancel-reply")).isDisplayed()).isTrue();
		fillIn(regular, emailOf(regular), "Agreed, and about time.");
		Long replyId = submitComment();
		WebElement reply = waitFor(By.cssSelector("#comment-" + approvedId + " > ol.children > li#comment-" + replyId));
		assertThat(reply.getDomAttribute("class")).doesNotContain("comment--held");
		assertThat(reply.findElements(By.className("comment__awaiting"))).isEmpty();
		assertThat(reply.findElement(By.className("comment__author")).getText()).isEqualTo(regular);
		assertThat(reply.findElement(By.className("comment__content")).getText()).isEqualTo("Agreed, and about time.");
		assertThat(text("#comments-heading")).isEqualToIgnoringCase("2 comments");

		// a reader without the commenter's cookies; a reload, as the page may be in the
		// browser's cache
		browser.manage().deleteAllCookies();
		browser.navigate().refresh();
		waitUntilLoaded();
		waitFor(By.id("comment-" + replyId));
		assertThat(browser.findElements(By.id("comment-" + heldId))).isEmpty();
	}

	@Test
	void commentMarkupIsShownAsTypedAndNeverRuns() {
		Story story = storyToCommentOn();
		List<String> lines = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
				"<img src=x onerror=\"window.datelineXss = true\">");

		open(story.url());
		String commenter = TestData.unique("Mallory");
		fillIn(commenter, emailOf(commenter), String.join("\n\n", lines));
		this.clock.advance(Duration.ofSeconds(30));
		Long id = submitComment();

		WebElement comment = waitFor(By.id("comment-" + id));
		assertThat(ExpectedConditions.alertIsPresent().apply(browser)).isNull();
		assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.datelineXss"))
			.isEqualTo("undefined");
		assertThat(comment.findElements(By.cssSelector(".comment__content p"))).extracting(WebElement::getText)
			.containsExactlyElementsOf(lines);
		assertThat(comment.findElements(By.cssSelector(".comment__content script, .comment__content img"))).isEmpty();
	}

	@Test
	void formSentWithEmptyFieldsShowsMessagesBesideThemAndKeepsWhatWasTyped() {
		Story story = storyToCommentOn();

		open(story.url());
		type("comment", "A thought worth keeping.");
		type("url", "https://example.org/me");
		submit();
		waitFor(By.id("author-error"));
		assertThat(errorBeside("author")).isEqualTo("Please enter your name.");
		assertThat(errorBeside("email")).isEqualTo("Please enter your email address. It will not be published.");
		assertThat(browser.findElements(By.id("comment-error"))).isEmpty();
		assertThat(value("comment")).isEqualTo("A thought worth keeping.");
		assertThat(value("url")).isEqualTo("https://example.org/me");

		browser.findElement(By.id("comment")).clear();
		type("author", "Kim Lee");
		type("email", "not-an-email");
		submit();
		waitFor(By.id("comment-error"));
		assertThat(errorBeside("comment")).isEqualTo("Please type your comment.");
		assertThat(errorBeside("email")).isEqualTo("Please enter a valid email address, such as name@example.com.");
		assertThat(browser.findElements(By.id("author-error"))).isEmpty();
		assertThat(value("author")).isEqualTo("Kim Lee");
		assertThat(value("email")).isEqualTo("not-an-email");
		assertThat(value("url")).isEqualTo("https://example.org/me");
	}

	private Story storyToCommentOn() {
		return this.data.story("Ferry service returns", this.data.section("Travel"), this.data.author("Ola Berg"),
				Duration.ofMinutes(5));
	}

	/** The address {@link TestData#approvedComment} gives a commenter of this name. */
	private static String emailOf(String name) {
		return name.toLowerCase().replace(' ', '.') + "@example.com";
	}

	private static void fillIn(String name, String email, String comment) {
		type("comment", comment);
		type("author", name);
		type("email", email);
	}

	/** Sends the form and waits for the page that answers it. */
	private static void submit() {
		WebElement button = browser.findElement(By.cssSelector("#commentform button[type=submit]"));
		button.click();
		// while the next page replaces this one, Chromium may answer for the old button
		// with an inspector error
		new WebDriverWait(browser, DEADLINE).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(button));
		waitUntilLoaded();
	}

	/**
	 * Sends the form and follows the redirect to the new comment's anchor; returns the
	 * comment's id.
	 */
	private static Long submitComment() {
		submit();
		String after = browser.getCurrentUrl();
		Matcher matcher = COMMENT_ANCHOR.matcher(after);
		assertThat(matcher.find()).as("post answered at %s with: %s", after, text("main")).isTrue();
		return Long.valueOf(matcher.group(1));
	}

	/**
	 * The message shown in the same form row as the field, which must be marked invalid.
	 */
	private static String errorBeside(String id) {
		WebElement field = browser.findElement(By.id(id));
		assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
		WebElement row = field.findElement(By.xpath("./ancestor::p[contains(@class, 'field')][1]"));
		assertThat(row.getDomAttribute("class")).contains("field--error");
		return row.findElement(By.className("field__error")).getText();
	}

}
