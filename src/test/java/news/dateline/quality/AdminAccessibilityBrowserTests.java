package news.dateline.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.comment.CommentService;
import news.dateline.comment.Commenter;
import news.dateline.comment.NewComment;
import news.dateline.media.TestImages;
import news.dateline.security.Role;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page in headless Chromium, signed in through the real form: no axe-core
 * WCAG 2.2 AA violations in the light or the dark colour scheme, no sideways scrolling at
 * 390 px, and every admin menu link reachable by Tab.
 */
class AdminAccessibilityBrowserTests extends BrowserTest {

	@Autowired
	TestStaff staff;

	@Autowired
	CommentService comments;

	private Story story() {
		Story story = this.data.story("Talks resume at the border", this.data.section("World"),
				this.data.author("Mina Park", "diplomacy"), Duration.ofMinutes(5), "판문점 — «Diplomacia»");
		this.comments.submit(new NewComment(story.id(), null,
				new Commenter("New Reader", TestData.unique("reader") + "@example.com", null, TestData.unique("ip")),
				"First time commenting", false, Duration.ofSeconds(30)));
		return story;
	}

	private void signIn(Role role) {
		UserView member = this.staff.account(role);
		open("/admin/login");
		type("email", member.email());
		type("password", TestStaff.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.cssSelector(".admin-nav"));
	}

	private void assertAccessibleInBothSchemes(String path) {
		for (String scheme : List.of("light", "dark")) {
			emulateColorScheme(scheme);
			open(path);
			assertNoAccessibilityViolations(path + " (" + scheme + ")");
		}
		emulateColorScheme("light");
	}

	@Test
	void theLoginPageIsAccessibleInBothSchemes() {
		assertAccessibleInBothSchemes("/admin/login");
	}

	/**
	 * Every admin page, for an administrator (signed in): every link of the admin menu
	 * and the pages reached from them (a new and an existing story, its revisions, new
	 * media, a new user, the password form). One list for every check of this class.
	 */
	private List<String> everyAdminPage(Story story) {
		open("/admin");
		List<String> paths = new ArrayList<>(browser.findElements(By.cssSelector(".admin-nav a"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList());
		paths.addAll(List.of("/admin/articles/new", "/admin/articles/" + story.id() + "/edit",
				"/admin/articles/" + story.id() + "/revisions", "/admin/media/new", "/admin/users/new",
				"/admin/password", "/admin/notifications", firstItem("/admin/sections") + "/names/es",
				firstItem("/admin/tags") + "/names/es", firstItem("/admin/authors") + "/bio/es"));
		return paths;
	}

	/** The edit page of the first item listed on this admin list page. */
	private String firstItem(String list) {
		open(list);
		return browser.findElements(By.cssSelector("main a"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.filter((href) -> href != null && href.matches(java.util.regex.Pattern.quote(list) + "/\\d+"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item listed on " + list));
	}

	@Test
	void everyAdminPageIsAccessibleInBothSchemes() {
		Story story = story();
		signIn(Role.ADMINISTRATOR);
		List<String> paths = everyAdminPage(story);
		List<String> violations = new ArrayList<>();
		for (String scheme : List.of("light", "dark")) {
			emulateColorScheme(scheme);
			for (String path : paths) {
				open(path);
				accessibilityViolations()
					.forEach((violation) -> violations.add(path + " (" + scheme + "): " + violation));
			}
		}
		emulateColorScheme("light");
		assertThat(violations).as("axe-core WCAG 2.2 AA violations on every admin page").isEmpty();
	}

	@Test
	void everyAdminPageFitsAPhoneWithoutSidewaysScrolling() {
		Story story = story();
		signIn(Role.ADMINISTRATOR);
		List<String> paths = everyAdminPage(story);
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
		try {
			for (String path : paths) {
				open(path);
				Object widths = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
						"return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
				List<?> pair = (List<?>) widths;
				assertThat(((Number) pair.get(0)).longValue()).as(path + " at 390 px")
					.isLessThanOrEqualTo(((Number) pair.get(1)).longValue());
			}
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
		}
	}

	@Test
	void theArticlesSearchAndABulkConfirmationAreAccessibleInBothSchemes() {
		Story story = story();
		signIn(Role.EDITOR);
		assertAccessibleInBothSchemes("/admin/articles?q=talks&sort=HEADLINE");
		open("/admin/articles?q=talks");
		browser.findElement(By.id("pick-" + story.id())).click();
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("bulk-action"))).selectByValue("UNPUBLISH");
		browser.findElement(By.xpath("//button[normalize-space()='Apply to ticked stories']")).click();
		waitFor(By.cssSelector(".bulk-plan"));
		for (String scheme : List.of("light", "dark")) {
			emulateColorScheme(scheme);
			assertNoAccessibilityViolations("bulk confirmation (" + scheme + ")");
		}
		emulateColorScheme("light");
	}

	@Test
	void anAuthorUploadsThroughTheFormAndTheMediaPagesAreAccessible() throws Exception {
		Path file = Files.createTempFile("harbour", ".jpg");
		Files.write(file, TestImages.jpeg(1000, 600));
		signIn(Role.AUTHOR);
		open("/admin/media/new");
		assertNoAccessibilityViolations("/admin/media/new");
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		type("alt", "Fishing boats at dawn");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.cssSelector(".media-preview img"));
		assertThat(browser.findElement(By.cssSelector(".admin-flash")).getText()).isEqualTo("Image uploaded.");
		assertThat(browser.findElement(By.cssSelector(".media-preview img")).getDomAttribute("alt"))
			.isEqualTo("Fishing boats at dawn");
		String page = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/admin/"));
		assertAccessibleInBothSchemes(page);
		assertAccessibleInBothSchemes("/admin/media");
		open("/admin/media/new");
		type("alt", "No file chosen");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.id("file-error"));
		assertThat(browser.findElement(By.id("file-error")).getText())
			.isEqualTo("Please choose an image file to upload.");
		assertNoAccessibilityViolations("/admin/media/new with an error");
		Files.deleteIfExists(file);
	}

	@Test
	void everyAdminMenuLinkIsReachableByTab() {
		signIn(Role.ADMINISTRATOR);
		open("/admin");
		List<WebElement> links = browser.findElements(By.cssSelector(".admin-nav a"));
		assertThat(links).isNotEmpty();
		List<String> wanted = links.stream().map((link) -> link.getDomAttribute("href")).toList();
		List<String> reached = new ArrayList<>();
		WebElement body = browser.findElement(By.tagName("body"));
		body.click();
		for (int i = 0; i < 60 && !reached.containsAll(wanted); i++) {
			browser.switchTo().activeElement().sendKeys(Keys.TAB);
			WebElement focused = browser.switchTo().activeElement();
			if ("a".equals(focused.getTagName())
					&& focused.findElements(By.xpath("ancestor::nav[contains(@class,'admin-nav')]")).size() == 1) {
				reached.add(focused.getDomAttribute("href"));
			}
		}
		assertThat(reached).containsAll(wanted);
	}

}
