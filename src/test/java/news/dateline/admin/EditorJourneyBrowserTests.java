package news.dateline.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.AutosaveService;
import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors' journeys in headless Chromium: an editor writes a story with two bylines and
 * an AP source, previews it, publishes it and a reader finds it on the front page; a
 * contributor submits a story for review and an editor publishes it from the review
 * queue. These journeys and publishing with unsaved edits also run with script off (the
 * forms post the edits with the action); autosave, the unsaved-changes warning and the
 * edit lock's live notice are script's own work and have no path without it, so they run
 * with script only.
 */
class EditorJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestStaff staff;

	@Autowired
	AutosaveService autosaves;

	@AfterEach
	void signOut() {
		if (browser != null) {
			browser.manage().deleteAllCookies();
		}
	}

	@ParameterizedTest(name = "script on: {0}")
	@ValueSource(booleans = { true, false })
	void anEditorWritesPreviewsAndPublishesAStoryThatReadersFindOnTheFrontPage(boolean script) {
		SectionView section = this.data.section("Journeys");
		String first = this.data.author("Hana Lee", "unification");
		String second = this.data.author("Omar Reyes", "defence");
		String ap = this.data.wire("AP");
		String headline = "Rail link reopens " + TestData.unique("line");
		signIn(this.staff.account(Role.EDITOR));
		script(script);

		writeStory(headline, section.slug(), ap, first, second);
		String editUrl = browser.getCurrentUrl();
		assertThat(editUrl).matches(".*/admin/articles/\\d+/edit");

		click(By.xpath("//main//button[normalize-space()='Preview']"));
		WebElement story = waitFor(By.cssSelector("article h1"));
		assertThat(story.getText()).isEqualTo(headline);
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("PANMUNJOM.-", "Hana Lee", "Omar Reyes", "Source: With information from AP");

		browser.navigate().to(editUrl);
		assertThat(publishAndFindOnTheFrontPage(headline)).contains("Hana Lee", "Omar Reyes",
				"Source: With information from AP");
	}

	@ParameterizedTest(name = "script on: {0}")
	@ValueSource(booleans = { true, false })
	void publishingRightAfterChangingTheDeckPublishesTheNewDeck(boolean script) {
		SectionView section = this.data.section("Deck desk");
		String byline = this.data.author("Amara Okafor", "border");
		String wire = this.data.wire("AFP");
		String headline = "Border crossings reopen " + TestData.unique("border");
		signIn(this.staff.account(Role.EDITOR));
		script(script);
		writeStory(headline, section.slug(), wire, byline);

		type("deck", "Queues form at dawn — « enfin », say drivers.");
		assertThat(publishAndFindOnTheFrontPage(headline))
			.contains(headline + "\nQueues form at dawn — « enfin », say drivers.\nBy Amara Okafor");
	}

	@Test
	void leavingWithUnsavedChangesAsksFirstAndTheAutosaveIsOfferedBackLater() {
		SectionView section = this.data.section("Autosave desk");
		String byline = this.data.author("Amara Okafor", "autosave");
		String wire = this.data.wire("AFP");
		String headline = "Ferry strike ends " + TestData.unique("ferry");
		signIn(this.staff.account(Role.EDITOR));
		writeStory(headline, section.slug(), wire, byline);
		String editUrl = browser.getCurrentUrl();
		assertThat(leavingIsQuestioned()).as("nothing to lose yet").isFalse();

		browser.findElement(By.id("body")).sendKeys("\n\nCaptains voted 212–9 to return — « ya era hora ».");
		new WebDriverWait(browser, DEADLINE)
			.until((driver) -> text("[data-autosave-status]").startsWith("Autosaved at "));

		assertThat(leavingIsQuestioned()).as("leaving with unsaved changes asks first").isTrue();
		assertThat(value("body")).endsWith("« ya era hora ».");

		// the editor leaves anyway (ChromeDriver answers the question itself) and comes
		// back later
		click(By.linkText("Dashboard"));
		waitFor(By.id("dashboard-drafts"));
		browser.navigate().to(editUrl);
		assertThat(value("body")).doesNotContain("ya era hora");
		click(By.partialLinkText("Restore the autosave from"));
		assertThat(waitFor(By.cssSelector("main .notice")).getText()).contains("Save to keep it.");
		assertThat(value("body")).endsWith("« ya era hora ».");
		click(By.xpath("//main//button[normalize-space()='Save']"));
		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Changes saved.");
		assertThat(value("body")).endsWith("« ya era hora ».");
		assertThat(browser.findElements(By.partialLinkText("Restore the autosave"))).isEmpty();
	}

	@Test
	void aSecondEditorSeesWhoIsEditingTakesOverAndTheFirstIsTold() {
		SectionView section = this.data.section("Lock desk");
		String byline = this.data.author("Sung-min Cho", "lock");
		String wire = this.data.wire("Yonhap");
		String headline = "Harbour bridge closes " + TestData.unique("bridge");
		UserView amara = this.staff.account(Role.EDITOR);
		UserView second = this.staff.account(Role.ADMINISTRATOR);
		signIn(amara);
		writeStory(headline, section.slug(), wire, byline);
		Long id = Long.valueOf(browser.getCurrentUrl().replaceAll(".*/articles/(\\d+)/edit.*", "$1"));
		browser.manage().deleteAllCookies();

		// someone else opens the story (and takes it over from Amara's closed window)
		this.staff.signIn(second);
		try {
			this.autosaves.takeOver(id);
		}
		finally {
			TestStaff.signOut();
		}
		signIn(amara);
		open("/admin/articles/" + id + "/edit");
		assertThat(waitFor(By.cssSelector(".notice--lock")).getText())
			.contains(second.displayName() + " is editing this story (since ");
		assertThat(browser.findElement(By.id("article-form")).getDomAttribute("data-locked")).isEqualTo("true");
		click(By.xpath("//button[normalize-space()='Take over']"));
		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("You have taken over this story.");
		assertThat(browser.findElements(By.cssSelector(".notice--lock"))).isEmpty();

		// and takes it back: Amara's next autosave is refused and says so
		this.staff.signIn(second);
		try {
			this.autosaves.takeOver(id);
		}
		finally {
			TestStaff.signOut();
		}
		browser.findElement(By.id("deck")).sendKeys(" More lanes shut at dawn.");
		new WebDriverWait(browser, DEADLINE).until((driver) -> text("[data-autosave-status]")
			.startsWith(second.displayName() + " has taken over this story (since "));
	}

	@ParameterizedTest(name = "script on: {0}")
	@ValueSource(booleans = { true, false })
	void aContributorSubmitsForReviewAndAnEditorPublishesFromTheQueue(boolean script) {
		SectionView section = this.data.section("Queue desk");
		String byline = this.data.author("Ji-woo Han", "energy");
		String wire = this.data.wire("Reuters");
		String headline = "Grid upgrade approved " + TestData.unique("grid");
		signIn(this.staff.account(Role.CONTRIBUTOR));
		script(script);

		writeStory(headline, section.slug(), wire, byline);
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='Publish now']")))
			.as("a contributor is not offered publishing")
			.isEmpty();
		click(By.xpath("//button[normalize-space()='Submit for review']"));
		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Submitted for review.");

		browser.manage().deleteAllCookies();
		signIn(this.staff.account(Role.EDITOR));
		WebElement queue = waitFor(By.xpath("//section[h2[@id='dashboard-review']]"));
		queue.findElement(By.linkText(headline)).click();
		assertThat(publishAndFindOnTheFrontPage(headline)).contains("Ji-woo Han",
				"Source: With information from Reuters");
	}

	/**
	 * Whether leaving the page now would be questioned: the page cancels its
	 * {@code beforeunload} event (the browser then asks; ChromeDriver answers such
	 * questions itself, so the event is asked).
	 */
	private static boolean leavingIsQuestioned() {
		return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
				"const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented;"));
	}

	/**
	 * Publishes the story open in the editor, then as a reader (signed out) finds it on
	 * the front page and opens it; returns the story page's text. The front page is
	 * reloaded, as the browser may hold an earlier copy.
	 */
	private String publishAndFindOnTheFrontPage(String headline) {
		click(By.xpath("//button[normalize-space()='Publish now']"));
		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Published.");
		browser.manage().deleteAllCookies();
		open("/");
		browser.navigate().refresh();
		waitFor(By.linkText(headline)).click();
		assertThat(waitFor(By.cssSelector("article h1")).getText()).isEqualTo(headline);
		return browser.findElement(By.tagName("main")).getText();
	}

	/**
	 * Fills the new-story form with a complete story credited to these bylines and saves
	 * it.
	 */
	private void writeStory(String headline, String sectionSlug, String sourceSlug, String... bylines) {
		open("/admin/articles/new");
		waitFor(By.id("headline")).sendKeys(headline);
		browser.findElement(By.id("deck")).sendKeys("Trains cross the border for the first time in years.");
		browser.findElement(By.id("datelineCity")).sendKeys("Panmunjom");
		browser.findElement(By.id("datelineCountry")).sendKeys("South Korea");
		browser.findElement(By.id("body"))
			.sendKeys("The first train left at dawn.\n\nOfficials on both sides watched from the platform.");
		new Select(browser.findElement(By.id("sectionSlug"))).selectByValue(sectionSlug);
		for (int i = 0; i < bylines.length; i++) {
			new Select(browser.findElement(By.id("byline-" + (i + 1)))).selectByValue(bylines[i]);
		}
		new Select(browser.findElement(By.id("source-1"))).selectByValue(sourceSlug);
		click(By.xpath("//main//button[normalize-space()='Save']"));
		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Draft saved.");
	}

}
