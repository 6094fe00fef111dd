package news.dateline.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.dateline.section.SectionView;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader searches from the home page in a real Chromium and opens a result; a scheduled
 * story with the same word stays out of the results.
 */
class SearchBrowserTests extends BrowserTest {

	@Test
	void readerSearchesFromTheHomePageAndOpensAResult() {
		String word = TestData.unique("Quokka").substring("Quokka-".length());
		SectionView section = this.data.section("Nature");
		String author = this.data.author("Eli Brandt", "nature");
		String headline = "Rare quokka colony " + word + " found on the island's coast";
		Story story = this.data.story(headline, "Rangers counted forty animals.",
				"Rangers found the " + word + " colony near the lighthouse.", section, List.of(author), List.of(),
				Duration.ofHours(1), "Wildlife");
		this.data.scheduled("Embargoed quokka " + word + " census", section, author, Duration.ofHours(4));

		browser.get(url("/"));
		WebElement box = browser.findElement(By.cssSelector("header form.site-search input[name=q]"));
		assertThat(browser.findElement(By.cssSelector("label[for=site-search-q]")).getText())
			.isEqualTo("Search stories");
		box.sendKeys(word);
		browser.findElement(By.cssSelector("header form.site-search button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(browser, DEADLINE);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-results")));
		List<WebElement> hits = browser.findElements(By.cssSelector(".search-hit__headline a"));
		assertThat(hits).extracting(WebElement::getText).containsExactly(headline);
		assertThat(browser.findElements(By.cssSelector(".search-hit mark"))).extracting(WebElement::getText)
			.contains(word);
		hits.get(0).click();
		wait.until(ExpectedConditions.urlContains(story.url()));
		assertThat(browser.findElement(By.cssSelector("h1.story__headline")).getText()).isEqualTo(headline);
	}

}
