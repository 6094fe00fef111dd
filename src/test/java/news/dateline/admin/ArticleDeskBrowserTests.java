package news.dateline.admin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk in headless Chromium: the articles list's search and bulk unpublish, byline
 * reordering and type-ahead, and an image dropped into the body; each with script and,
 * where the feature has a path without script, with script turned off.
 */
class ArticleDeskBrowserTests extends BrowserTest {

	@Autowired
	TestStaff staff;

	@ParameterizedTest(name = "script on: {0}")
	@ValueSource(booleans = { true, false })
	void theArticlesSearchFindsStoriesByWordsOfTheHeadline(boolean script) {
		SectionView section = this.data.section("Búsqueda");
		String author = this.data.author("Lucía Fernández", "search");
		String word = TestData.unique("Señal");
		this.data.story("Pacto «" + word + "» en Seúl 🇰🇷", section, author, Duration.ofHours(2));
		this.data.story("서울 " + word + " — “결렬”", section, author, Duration.ofHours(1));
		this.data.story("Unrelated " + TestData.unique("story"), section, author, Duration.ofHours(1));
		signIn(this.staff.account(Role.EDITOR));
		script(script);

		open("/admin/articles");
		type("filter-q", word.toLowerCase());
		new Select(browser.findElement(By.id("filter-section"))).selectByValue(section.slug());
		click(By.xpath("//form[@role='search']//button[normalize-space()='Search']"));
		// the list before the search has a table too: wait for the search's own address
		new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.urlContains("q="));
		waitFor(By.cssSelector(".article-table"));
		assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8))
			.contains("q=" + word.toLowerCase(), "section=" + section.slug());
		assertThat(headlines()).containsExactly("서울 " + word + " — “결렬”", "Pacto «" + word + "» en Seúl 🇰🇷");

		new Select(browser.findElement(By.id("filter-sort"))).selectByValue("HEADLINE");
		click(By.xpath("//form[@role='search']//button[normalize-space()='Search']"));
		new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.urlContains("sort=HEADLINE"));
		waitFor(By.cssSelector(".article-table"));
		assertThat(headlines()).containsExactly("Pacto «" + word + "» en Seúl 🇰🇷", "서울 " + word + " — “결렬”");
	}

	@ParameterizedTest(name = "script on: {0}")
	@ValueSource(booleans = { true, false })
	void bulkUnpublishAsksFirstThenTakesTheTickedStoriesOff(boolean script) {
		SectionView section = this.data.section("Retirar");
		String author = this.data.author("Amara Okafor", "bulk");
		String word = TestData.unique("retirada");
		TestData.Story first = this.data.story("Primera " + word, section, author, Duration.ofHours(3));
		TestData.Story second = this.data.story("Segunda " + word + " — «ya»", section, author, Duration.ofHours(2));
		this.data.story("Tercera " + word, section, author, Duration.ofHours(1));
		signIn(this.staff.account(Role.EDITOR));
		script(script);

		open("/admin/articles?q=" + word);
		waitFor(By.id("pick-" + first.id())).click();
		browser.findElement(By.id("pick-" + second.id())).click();
		new Select(browser.findElement(By.id("bulk-action"))).selectByValue("UNPUBLISH");
		click(By.xpath("//button[normalize-space()='Apply to ticked stories']"));

		// the list's own h1 may still be there while the confirmation page loads
		new WebDriverWait(browser, DEADLINE)
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Unpublish: are you sure?"));
		assertThat(browser.findElement(By.cssSelector(".bulk-plan")).getText()).contains("Primera " + word,
				"Segunda " + word + " — «ya»");
		click(By.xpath("//button[normalize-space()='Yes, 2 stories']"));

		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Done: 2 stories changed.");
		assertThat(browser.getCurrentUrl()).endsWith("/admin/articles?q=" + word);
		assertThat(statusOf("Primera " + word)).isEqualTo("Unpublished");
		assertThat(statusOf("Segunda " + word + " — «ya»")).isEqualTo("Unpublished");
		assertThat(statusOf("Tercera " + word)).isEqualTo("Published");
	}

	@Test
	void bylinesAreReorderedWithTheArrowButtons() {
		String hana = this.data.author("Hana Lee", "order");
		String omar = this.data.author("Omar Reyes", "order");
		String headline = "Orden de firmas " + TestData.unique("orden");
		signIn(this.staff.account(Role.EDITOR));
		open("/admin/articles/new");
		waitFor(By.id("headline")).sendKeys(headline);
		browser.findElement(By.id("body")).sendKeys("Cuerpo de la noticia.");
		new Select(browser.findElement(By.id("byline-1"))).selectByValue(hana);
		new Select(browser.findElement(By.id("byline-2"))).selectByValue(omar);

		click(By.cssSelector("[aria-label='Move Byline 1 down']"));
		assertThat(new Select(browser.findElement(By.id("byline-1"))).getFirstSelectedOption().getText())
			.isEqualTo("Omar Reyes");
		click(By.xpath("//button[normalize-space()='Add a byline']"));
		assertThat(browser.findElements(By.cssSelector("[data-credits] select[name='bylines']"))).hasSize(4);
		click(By.cssSelector("[aria-label='Remove Byline 4']"));
		click(By.xpath("//main//button[normalize-space()='Save']"));

		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Draft saved.");
		assertThat(new Select(browser.findElement(By.id("byline-1"))).getFirstSelectedOption().getText())
			.isEqualTo("Omar Reyes");
		assertThat(new Select(browser.findElement(By.id("byline-2"))).getFirstSelectedOption().getText())
			.isEqualTo("Hana Lee");
	}

	@Test
	void withoutScriptBylinesAreCreditedInTheOrderOfTheirSelects() {
		String hana = this.data.author("Hana Lee", "order");
		String omar = this.data.author("Omar Reyes", "order");
		signIn(this.staff.account(Role.EDITOR));
		script(false);
		open("/admin/articles/new");
		waitFor(By.id("headline")).sendKeys("Sin guion " + TestData.unique("orden"));
		browser.findElement(By.id("body")).sendKeys("Cuerpo.");
		assertThat(browser.findElements(By.cssSelector("[data-move]"))).isEmpty();
		new Select(browser.findElement(By.id("byline-1"))).selectByValue(omar);
		new Select(browser.findElement(By.id("byline-2"))).selectByValue(hana);
		click(By.xpath("//main//button[normalize-space()='Save']"));
		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Draft saved.");
		assertThat(new Select(browser.findElement(By.id("byline-2"))).getFirstSelectedOption().getText())
			.isEqualTo("Hana Lee");
		assertThat(browser.findElements(By.cssSelector("select[name='bylines']"))).hasSize(3);
	}

	/**
	 * With script, part of the name typed into the credit's "Find" field (accents folded)
	 * narrows its select to the one name and chooses it; without script the select's own
	 * type-to-select finds the name by its first letters.
	 */
	@ParameterizedTest(name = "script on: {0}")
	@ValueSource(booleans = { true, false })
	void aBylineAndASourceAreFoundByTypingPartOfTheirNames(boolean script) {
		String name = TestData.unique("Lucía Fernández");
		String lucia = this.data.author(name, "typeahead");
		String agency = TestData.unique("Agencia Sur");
		String wire = this.data.wire(agency);
		signIn(this.staff.account(Role.EDITOR));
		script(script);
		open("/admin/articles/new");
		waitFor(By.id("headline")).sendKeys("Firmas por teclado " + TestData.unique("firma"));
		browser.findElement(By.id("body")).sendKeys("Cuerpo — «tecleado».");
		if (script) {
			browser.findElement(By.id("byline-1-find")).sendKeys("fernandez" + name.substring(name.indexOf('-')));
			browser.findElement(By.id("source-1-find")).sendKeys(agency.substring(agency.indexOf('-')).toUpperCase());
			assertThat(browser.findElements(By.cssSelector("#byline-1 option:not([hidden])"))).hasSize(2);
		}
		else {
			assertThat(browser.findElements(By.cssSelector("[data-find]"))).isEmpty();
			browser.findElement(By.id("byline-1")).sendKeys(name);
			browser.findElement(By.id("source-1")).sendKeys(agency);
		}
		assertThat(value("byline-1")).isEqualTo(lucia);
		assertThat(value("source-1")).isEqualTo(wire);
		click(By.xpath("//main//button[normalize-space()='Save']"));

		assertThat(waitFor(By.cssSelector(".admin-flash")).getText()).isEqualTo("Draft saved.");
		assertThat(new Select(browser.findElement(By.id("byline-1"))).getFirstSelectedOption().getText())
			.isEqualTo(name);
		assertThat(new Select(browser.findElement(By.id("source-1"))).getFirstSelectedOption().getText())
			.isEqualTo(agency);
	}

	@Test
	void anImageDroppedIntoTheBodyIsUploadedWithItsAltTextAndInserted() {
		signIn(this.staff.account(Role.EDITOR));
		open("/admin/articles/new");
		WebElement body = waitFor(By.id("body"));
		body.sendKeys("Primer párrafo.");
		((JavascriptExecutor) browser).executeScript(
				"""
						const body = document.getElementById('body');
						const canvas = document.createElement('canvas');
						canvas.width = 320;
						canvas.height = 200;
						const context = canvas.getContext('2d');
						context.fillStyle = '#2a6f97';
						context.fillRect(0, 0, 320, 200);
						canvas.toBlob((blob) => {
						  const transfer = new DataTransfer();
						  transfer.items.add(new File([blob], 'puerto-부산.png', { type: 'image/png' }));
						  body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
						  body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
						}, 'image/png');
						""");
		waitFor(By.id("drop-alt")).sendKeys("Barcos en el puerto de Busan — «al alba»");
		click(By.xpath("//dialog//button[normalize-space()='Upload and insert']"));
		new WebDriverWait(browser, DEADLINE).until((driver) -> value("body").contains("/media/"));
		assertThat(value("body")).matches(
				"(?s)Primer párrafo\\.\n\n!\\[Barcos en el puerto de Busan — «al alba»\\]\\(/media/[0-9a-f]{32}/\\d+\\.png\\)\n\n");
		open("/admin/media");
		assertThat(waitFor(By.tagName("main")).getText()).contains("puerto-부산.png");
	}

	@Test
	void theLivePreviewShowsTheBodyAsTheServerRendersAndSanitisesIt() {
		signIn(this.staff.account(Role.EDITOR));
		open("/admin/articles/new");
		waitFor(By.id("datelineCity")).sendKeys("Seúl");
		browser.findElement(By.id("body")).sendKeys("**Pacto** «alarma» en 서울 <script>window.x = 1</script>");
		WebElement toggle = browser.findElement(By.cssSelector("[data-preview-toggle]"));
		if ("false".equals(toggle.getDomAttribute("aria-pressed"))) {
			toggle.click();
		}
		new WebDriverWait(browser, DEADLINE).until((driver) -> !text("[data-preview-body]").isEmpty());
		WebElement preview = browser.findElement(By.cssSelector("[data-preview-body]"));
		assertThat(preview.getText()).startsWith("SEÚL.- Pacto «alarma» en 서울");
		assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("Pacto");
		assertThat(preview.findElements(By.tagName("script"))).isEmpty();
	}

	private static List<String> headlines() {
		return browser.findElements(By.cssSelector(".article-table tbody th a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static String statusOf(String headline) {
		return browser
			.findElement(By.xpath(
					"//tr[th/a[normalize-space()=" + literal(headline) + "]]//span[contains(@class,'status-badge')]"))
			.getText();
	}

	private static String literal(String text) {
		return "'" + text + "'";
	}

}
