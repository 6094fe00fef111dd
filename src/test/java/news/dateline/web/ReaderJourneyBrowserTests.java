package news.dateline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

import news.dateline.section.SectionView;
import news.dateline.support.MutableClock;
import news.dateline.support.TestClockConfiguration;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reader's journey through the public site in headless Chromium: from the home page to a story,
 * then into its comment thread. Skipped, with the reason, where Chromium or its driver is missing.
 * <p>
 * Every post from the browser comes from one address, so the flood gap would tie these tests to
 * comments other tests leave in a shared database: the browser tests get an in-memory database of
 * their own, and their clock only ever moves forward.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:dateline-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import({ TestClockConfiguration.class, TestData.class })
class ReaderJourneyBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private static final String SKIPPED = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
			+ " not found; install chromium and chromium-driver (Debian packages) to run them";

	private static final Logger log = LoggerFactory.getLogger(ReaderJourneyBrowserTests.class);

	private static final Pattern COMMENT_ANCHOR = Pattern.compile("#comment-(\\d+)$");

	private static ChromeDriverService service;

	private static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			log.warn(SKIPPED);
			return;
		}
		profile = Files.createTempDirectory("dateline-chromium-");
		// a driver given here keeps Selenium Manager from looking for (or downloading) one
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + profile);
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(DEADLINE);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@BeforeEach
	void skipWithoutBrowserAndMoveClockPastEarlierPosts() {
		// assumed here, not in @BeforeAll, so that each test is reported as skipped with the reason
		assumeTrue(browser != null, SKIPPED);
		// never back: a post stamped before an earlier one from the same address would meet the flood gap
		this.clock.advance(Duration.ofHours(1));
	}

	@AfterEach
	void closeAlertsAndForgetCookies() {
		if (browser == null) {
			return;
		}
		// an alert left open by a failed test would fail the next test as well
		for (int open = 0; open < 5 && ExpectedConditions.alertIsPresent().apply(browser) != null; open++) {
			browser.switchTo().alert().dismiss();
		}
		browser.manage().deleteAllCookies();
	}

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
		assertThat(text(".author-box__bio")).isEqualTo(
				"Reporter Mina Park. I specialize in topics like North Korea, diplomacy and more.");

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

		// a reader without the commenter's cookies; a reload, as the page may be in the browser's cache
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
		assertThat(comment.findElements(By.cssSelector(".comment__content p")))
			.extracting(WebElement::getText)
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

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void open(String path) {
		browser.get(url(path));
		waitUntilLoaded();
	}

	private static void click(By by) {
		new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private static WebElement waitFor(By by) {
		return new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	private static void waitUntilLoaded() {
		new WebDriverWait(browser, DEADLINE).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	private static String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	private static String value(String id) {
		return browser.findElement(By.id(id)).getDomProperty("value");
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
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
		new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.stalenessOf(button));
		waitUntilLoaded();
	}

	/** Sends the form and follows the redirect to the new comment's anchor; returns the comment's id. */
	private static Long submitComment() {
		submit();
		String after = browser.getCurrentUrl();
		Matcher matcher = COMMENT_ANCHOR.matcher(after);
		assertThat(matcher.find()).as("post answered at %s with: %s", after, text("main")).isTrue();
		return Long.valueOf(matcher.group(1));
	}

	/** The message shown in the same form row as the field, which must be marked invalid. */
	private static String errorBeside(String id) {
		WebElement field = browser.findElement(By.id(id));
		assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
		WebElement row = field.findElement(By.xpath("./ancestor::p[contains(@class, 'field')][1]"));
		assertThat(row.getDomAttribute("class")).contains("field--error");
		return row.findElement(By.className("field__error")).getText();
	}

}
