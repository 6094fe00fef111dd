package news.dateline.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.security.Role;
import news.dateline.section.SectionView;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two editions in headless Chromium: an editor starts the Spanish translation of an
 * English story, writes it with the original beside the form and publishes it; a reader
 * goes from the English story to the Spanish one by its "Leer en español" link, meets a
 * Spanish page, and comes back by "Read in English".
 */
class EditionBrowserTests extends BrowserTest {

	private static final String SPANISH_HEADLINE = "Seúl y Tokio firman el pacto — «un paso histórico»";

	private static final String SPANISH_BODY = "La firma llegó tras meses de negociación — dijo la ministra.\n\n"
			+ "«Es un día de celebración», añadió en la ceremonia en 서울.";

	@Autowired
	TestStaff staff;

	@Test
	void anEditorTranslatesAStoryIntoSpanishAndAReaderMovesBetweenTheEditions() {
		SectionView section = this.data.section("Mundo Edition");
		String author = this.data.author("Ji-woo Han", "diplomacy");
		String wire = this.data.wire("Yonhap");
		String headline = "Seoul and Tokyo sign the pact — « a historic step » " + TestData.unique("pact");
		Story english = this.data.story(headline, "Officials in 서울 call it “a new start”.",
				"The signing came after months of talks — the minister said.\n\n“A day to celebrate,” she added in 서울.",
				section, List.of(author), List.of(wire), Duration.ofHours(1));

		signIn(this.staff.account(Role.EDITOR));
		open("/admin/articles/" + english.id() + "/edit");
		click(By.xpath("//button[normalize-space()='Start the Spanish translation']"));
		assertThat(waitFor(By.cssSelector(".admin-flash")).getText())
			.isEqualTo("Translation started: a draft with the original beside it.");
		String original = waitFor(By.cssSelector("details.original")).getText();
		assertThat(original).contains("The original (English)", headline, "“A day to celebrate,” she added in 서울.");
		assertThat(browser.findElement(By.cssSelector("details.original")).getDomAttribute("lang")).isEqualTo("en");

		type("headline", SPANISH_HEADLINE);
		type("deck", "Las autoridades de 서울 lo llaman «un nuevo comienzo».");
		type("body", SPANISH_BODY);
		click(By.xpath("//button[normalize-space()='Publish now']"));
		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Published.");

		browser.manage().deleteAllCookies();
		open(english.url());
		waitForHeading(headline);
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

		click(By.linkText("Leer en español"));
		waitForHeading(SPANISH_HEADLINE);
		assertThat(browser.getCurrentUrl()).matches(".*/es/articles/[^/]+$");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
		assertThat(text("article")).contains("«Es un día de celebración», añadió en la ceremonia en 서울.");
		assertThat(text("article time.story__published")).matches(
				"(?s).*\\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\b.*");
		assertThat(browser.findElement(By.linkText("Read in English")).getDomAttribute("lang")).isEqualTo("en");

		click(By.linkText("Read in English"));
		waitForHeading(headline);
		assertThat(browser.getCurrentUrl()).endsWith(english.url());
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
	}

	private static void waitForHeading(String headline) {
		new WebDriverWait(browser, DEADLINE).until((driver) -> driver.findElements(By.cssSelector("article h1"))
			.stream()
			.anyMatch((heading) -> headline.equals(heading.getText())));
	}

}
