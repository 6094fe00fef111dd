package news.dateline.transfer;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story imported from the WordPress fixture, as a reader's Chromium shows it: the text
 * with its typography, the block editor's heading, list, quote, table and code, the
 * featured image and the body's images loaded from the media library, and the embed as a
 * plain link.
 */
class ImportedStoryBrowserTests extends BrowserTest {

	static final String SOURCE = "http://gazette.example/news";

	@Autowired
	WxrImporter importer;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheImportedSite() {
		this.jdbc
			.sql("delete from article where id in (select local_id from import_record where source_key = ?"
					+ " and kind = 'POST')")
			.param(SOURCE)
			.update();
		this.jdbc
			.sql("delete from media_item where id in (select local_id from import_record where source_key = ?"
					+ " and kind = 'MEDIA')")
			.param(SOURCE)
			.update();
		this.jdbc.sql("delete from import_record where source_key = ?").param(SOURCE).update();
	}

	@Test
	void showsTheImportedStoryAsWordPressShowedIt() {
		ImportJob job = this.importer.newJob("wordpress-fidelity.xml", 0);
		this.importer.run(job, WordPressFidelityTests.resource(WordPressFidelityTests.FIXTURE),
				new ImportOptions(WordPressFidelityTests.resource(WordPressFidelityTests.UPLOADS), false));
		assertThat(job.progress().state()).isEqualTo(ImportJob.State.FINISHED);

		open("/articles/cordoba-the-quiet-province");
		assertThat(text("h1")).isEqualTo("Córdoba — the quiet province");
		String body = text("main article");
		assertThat(body).contains("“We waited all winter,” she said — and the boats came back to the province.")
			.contains("Look for Córdoba’s «quiet» quay.")
			.contains("What changed in 2024")
			.contains("The sea gives and the sea takes.")
			.contains("Dawn at the harbour")
			.doesNotContain("---", "> The sea", "[gallery", "wp:");
		assertThat(browser.findElements(By.cssSelector("main article blockquote"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(browser.findElements(By.cssSelector("main article table th"))).hasSize(2);
		assertThat(browser.findElements(By.cssSelector("main article iframe"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("main article a[href^='https://www.youtube.com/']")).getText())
			.isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
		List<WebElement> images = browser.findElements(By.cssSelector("main article img"));
		assertThat(images).hasSizeGreaterThanOrEqualTo(4);
		JavascriptExecutor script = (JavascriptExecutor) browser;
		for (WebElement image : images) {
			assertThat(image.getDomProperty("currentSrc")).as("served by the media library").contains("/media/");
			script.executeScript("arguments[0].scrollIntoView();", image);
			new WebDriverWait(browser, DEADLINE).until((driver) -> Boolean.TRUE
				.equals(script.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
		}
		assertNoAccessibilityViolations("imported story");
	}

}
