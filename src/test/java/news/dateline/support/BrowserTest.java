package news.dateline.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The base of every real-browser test: the application on a random port with an in-memory
 * database of its own (browser posts all come from one address, so they must not meet
 * other tests' data), and one headless Debian Chromium per test class, driven by
 * Selenium. Skipped, with the reason, where Chromium or its driver is missing. The clock
 * only moves forward.
 */
@ServerTest
public abstract class BrowserTest {

	protected static final Duration DEADLINE = Duration.ofSeconds(30);

	/** The WCAG 2.2 A and AA rule sets of axe-core. */
	protected static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String SKIPPED = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
			+ " not found; install chromium and chromium-driver (Debian packages) to run them";

	private static final Logger log = LoggerFactory.getLogger(BrowserTest.class);

	private static ChromeDriverService service;

	private static Path profile;

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestData data;

	@Autowired
	protected MutableClock clock;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			log.warn(SKIPPED);
			return;
		}
		profile = Files.createTempDirectory("dateline-chromium-");
		// a driver given here keeps Selenium Manager from looking for (or downloading)
		// one
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
			browser = null;
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
		// assumed here, not in @BeforeAll, so that each test is reported as skipped with
		// the reason
		assumeTrue(browser != null, SKIPPED);
		// never back: a post stamped before an earlier one from the same address would
		// meet the flood gap
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
		script(true);
	}

	/**
	 * Turns the page's script on or off (for this tab, across navigations) through the
	 * DevTools protocol; a test that turns it off need not turn it back on.
	 */
	/**
	 * Signs this member of staff in through the login form and waits for the dashboard.
	 */
	protected void signIn(UserView user) {
		open("/admin");
		waitFor(By.id("email")).sendKeys(user.email());
		browser.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
		click(By.cssSelector("main form button[type=submit]"));
		waitFor(By.id("dashboard-drafts"));
	}

	protected static void script(boolean on) {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
		waitUntilLoaded();
	}

	protected static void click(By by) {
		new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	protected static WebElement waitFor(By by) {
		return new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	protected static void waitUntilLoaded() {
		new WebDriverWait(browser, DEADLINE).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	protected static String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	protected static String value(String id) {
		return browser.findElement(By.id(id)).getDomProperty("value");
	}

	protected static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Switches the page's preferred colour scheme ("light" or "dark") through the
	 * DevTools protocol.
	 */
	protected static void emulateColorScheme(String scheme) {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/**
	 * The axe-core WCAG 2.2 A/AA violations of the page open in the browser, one line
	 * each.
	 */
	protected static List<String> accessibilityViolations() {
		Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
		return results.getViolations().stream().map(BrowserTest::describe).toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).limit(5).toList();
	}

	protected static void assertNoAccessibilityViolations(String page) {
		assertThat(accessibilityViolations()).as("axe-core WCAG 2.2 AA violations on %s", page).isEmpty();
	}

}
