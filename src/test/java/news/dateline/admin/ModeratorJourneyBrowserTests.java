package news.dateline.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

import news.dateline.comment.CommentService;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.Commenter;
import news.dateline.comment.NewComment;
import news.dateline.comment.SubmittedComment;
import news.dateline.security.Role;
import news.dateline.support.MutableClock;
import news.dateline.support.TestClockConfiguration;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A moderator's journey in headless Chromium: signs in to the admin, approves a first-time reader's
 * held comment from the queue, and finds it on the story's page. Skipped, with the reason, where
 * Chromium or its driver is missing. The server gets an in-memory database of its own, since the
 * accounts and comments made here are committed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:dateline-admin-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import({ TestClockConfiguration.class, TestData.class, TestStaff.class })
class ModeratorJourneyBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private static ChromeDriverService service;

	private static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	CommentService comments;

	@Autowired
	MutableClock clock;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		profile = Files.createTempDirectory("dateline-admin-chromium-");
		// a driver given here keeps Selenium Manager from looking for (or downloading) one
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024", "--user-data-dir=" + profile);
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
	void skipWithoutBrowser() {
		// assumed here, not in @BeforeAll, so that the test is reported as skipped with the reason
		assumeTrue(browser != null, "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
				+ " not found; install chromium and chromium-driver (Debian packages) to run them");
		this.clock.advance(Duration.ofHours(1));
	}

	@AfterEach
	void forgetCookies() {
		if (browser != null) {
			browser.manage().deleteAllCookies();
		}
	}

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

		open(story.url());
		WebElement shown = waitFor(By.id("comment-" + held.id()));
		assertThat(shown.getText()).contains("New Reader", body).doesNotContain("awaiting moderation");
		assertThat(browser.findElement(By.id("comments-heading")).getText()).isEqualToIgnoringCase("1 comment");
	}

	private void open(String path) {
		browser.get(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

}
