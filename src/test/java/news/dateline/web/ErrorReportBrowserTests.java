package news.dateline.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.section.SectionView;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader reports an error in a story from Chromium, leaving the optional email empty as
 * most do: the browser sends {@code email=} and the report reaches the editors.
 */
class ErrorReportBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void readerSendsAReportWithTheEmailLeftEmpty() {
		SectionView section = this.data.section("Economía");
		String author = this.data.author("Lucía Fernández", "economía");
		Story story = this.data.story("Córdoba — la cosecha «récord» " + TestData.unique("trigo"), section, author,
				Duration.ofHours(2));
		String message = "The “record” harvest was 2.1 million tonnes, not 21 million — see the ministry's figures.";

		open(story.url());
		click(By.linkText("Report an error"));
		waitFor(By.id("message"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url(story.url() + "/report"));
		assertThat(value("report-email")).isEmpty();
		type("message", message);
		// a person takes a while to write: past the minimum time on page
		this.clock.advance(Duration.ofSeconds(40));
		click(By.cssSelector("#reportform button[type=submit]"));

		assertThat(waitFor(By.cssSelector(".form-success")).getText())
			.contains("Thank you. Your report has reached the editors");
		assertThat(browser.getCurrentUrl()).isEqualTo(url(story.url() + "/report?sent"));
		List<Map<String, Object>> reports = this.jdbc
			.sql("select message, email, status from error_report where article_id = ?")
			.param(story.id())
			.query()
			.listOfRows();
		assertThat(reports).singleElement().satisfies((report) -> {
			assertThat(report.get("message")).isEqualTo(message);
			assertThat(report.get("email")).isNull();
			assertThat(report.get("status")).isEqualTo("OPEN");
		});
	}

}
