package news.dateline.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.live.LiveEntryDraft;
import news.dateline.live.LiveService;
import news.dateline.security.Role;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader keeps a live story open in Chromium while an editor files, edits and deletes
 * entries elsewhere: each appears, changes or disappears within seconds, without a
 * reload; the page passes axe-core's WCAG 2.2 AA rules.
 */
class LiveBrowserTests extends BrowserTest {

	private static final Duration FEW_SECONDS = Duration.ofSeconds(10);

	@Autowired
	LiveService live;

	@Autowired
	TestActor actor;

	@AfterEach
	void clearActor() {
		this.actor.clear();
	}

	@Test
	void readerSeesEntriesFiledElsewhereAppearAndDeletedOnesDisappearWithoutReloading() {
		Story story = this.data.story("Cumbre de Seúl — «en directo» " + TestData.unique("🗳"),
				this.data.section("Mundo"), this.data.author("김지수 Pérez"), Duration.ofHours(1));
		this.actor.actAs(1, "Editora Núñez", Role.EDITOR);
		this.live.start(story.id());
		Long first = this.live.file(story.id(), new LiveEntryDraft("Los líderes llegan a Seúl.", "Llegada", false));

		open(story.url());
		assertThat(text("#entry-" + first)).contains("Los líderes llegan a Seúl.");
		assertNoAccessibilityViolations("a live story");
		((JavascriptExecutor) browser).executeScript("window.sameLoad = true;");

		Long second = this.live.file(story.id(),
				new LiveEntryDraft("Seúl expresa «profunda preocupación».", null, false));
		waitSoon(By.id("entry-" + second));
		assertThat(text("#entry-" + second)).contains("«profunda preocupación»").contains("Editora Núñez");
		assertThat(browser.findElements(By.cssSelector("[data-live-entries] > article")).get(0).getDomAttribute("id"))
			.isEqualTo("entry-" + second);

		this.live.edit(first, new LiveEntryDraft("Los líderes llegaron a Seúl a las 10:00.", "Llegada", false));
		new WebDriverWait(browser, FEW_SECONDS).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("entry-" + first), "llegaron a Seúl a las 10:00"));
		assertThat(text("#entry-" + first)).contains("updated");

		this.live.delete(second);
		new WebDriverWait(browser, FEW_SECONDS)
			.until(ExpectedConditions.numberOfElementsToBe(By.id("entry-" + second), 0));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.sameLoad === true;")).isEqualTo(true);
	}

	private static void waitSoon(By by) {
		new WebDriverWait(browser, FEW_SECONDS).until(ExpectedConditions.presenceOfElementLocated(by));
	}

}
