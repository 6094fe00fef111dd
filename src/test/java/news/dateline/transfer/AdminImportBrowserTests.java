package news.dateline.transfer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.security.Role;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page in headless Chromium: an Administrator uploads a WordPress export
 * through the form, the progress bar and counts move while the import runs without the
 * page being reloaded (its script polls the progress endpoint), and once the import ends
 * the page reloads itself to show the report, which has no axe-core WCAG 2.2 AA
 * violations.
 */
class AdminImportBrowserTests extends BrowserTest {

	static final int POSTS = 300;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	String site;

	@AfterEach
	void removeTheImportedSite() {
		if (this.site == null) {
			return;
		}
		String source = "https://" + this.site + ".example";
		this.jdbc
			.sql("delete from article where id in (select local_id from import_record where source_key = ?"
					+ " and kind = 'POST')")
			.param(source)
			.update();
		this.jdbc.sql("delete from import_record where source_key = ?").param(source).update();
		this.jdbc.sql("delete from author where slug like ?").param(this.site + "%").update();
		this.jdbc.sql("delete from section where slug like ?").param(this.site + "%").update();
		this.jdbc.sql("delete from import_job").update();
	}

	@Test
	void followsARunningImportLiveAndShowsItsReport() throws Exception {
		this.site = TestData.unique("browser");
		Path file = this.directory.resolve("export.xml");
		GeneratedWxr.write(file, POSTS, 200, this.site);
		UserView administrator = this.staff.account(Role.ADMINISTRATOR);
		open("/admin/login");
		type("email", administrator.email());
		type("password", TestStaff.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.cssSelector(".admin-nav"));

		open("/admin/import");
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
		waitFor(By.cssSelector(".import-job[data-running='true']"));
		JavascriptExecutor script = (JavascriptExecutor) browser;
		script.executeScript("window.sameDocument = true;");

		boolean movedWithoutReload = false;
		Instant deadline = Instant.now().plus(DEADLINE.multipliedBy(4));
		while (Instant.now().isBefore(deadline)) {
			List<WebElement> running = browser.findElements(By.cssSelector(".import-job[data-running='true']"));
			if (running.isEmpty()) {
				break;
			}
			try {
				boolean sameDocument = Boolean.TRUE
					.equals(script.executeScript("return window.sameDocument === true;"));
				long imported = Long.parseLong(text("dd[data-field='postsImported']"));
				long bar = Long.parseLong(browser.findElement(By.id("import-progress")).getDomProperty("value"));
				if (sameDocument && imported > 0 && imported < POSTS && bar > 0) {
					movedWithoutReload = true;
				}
			}
			catch (WebDriverException ex) {
				// the page is being reloaded for the report
			}
			Thread.sleep(100);
		}
		assertThat(movedWithoutReload).as("the counts moved while the import ran, on the same page").isTrue();

		WebElement report = waitFor(By.cssSelector(".import-job[data-running='false'] h3"));
		assertThat(report.getText()).isEqualTo("Report");
		assertThat(script.executeScript("return window.sameDocument === true;")).as("reloaded for the report")
			.isEqualTo(false);
		assertThat(text("dd[data-field='postsImported']")).isEqualTo(Integer.toString(POSTS));
		assertThat(text(".import-job")).contains("Finished on").contains("Nothing was skipped or repaired.");
		assertNoAccessibilityViolations("/admin/import (report)");
	}

}
