package news.dateline.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.ArticleEdit;
import news.dateline.article.EditorialService;
import news.dateline.media.LibraryImage;
import news.dateline.media.MediaDetails;
import news.dateline.media.MediaService;
import news.dateline.media.MediaUpload;
import news.dateline.media.TestImages;
import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' pictures, fronts and the public record in Chromium: an editor pins a story and
 * readers find it as the lead; an image whose rights expire disappears from every
 * surface; a reader opens a story's versions and sees what changed.
 */
class PicturesFrontAndVersionsBrowserTests extends BrowserTest {

	@Autowired
	TestStaff staff;

	@Autowired
	MediaService media;

	@Autowired
	EditorialService editorial;

	@AfterEach
	void signOut() {
		TestStaff.signOut();
		if (browser != null) {
			browser.manage().deleteAllCookies();
		}
	}

	@Test
	void anEditorPinsAStoryAndReadersSeeItAsTheLead() {
		SectionView section = this.data.section("Portada");
		String author = this.data.author("Lucía Fernández", "portada");
		String headline = "Madrid «respira» — el plan " + TestData.unique("pin");
		this.data.story(headline, section, author, Duration.ofHours(20));
		this.data.story("Una breve más nueva " + TestData.unique("breve"), section, author, Duration.ofMinutes(5));
		open("/");
		assertThat(text(".card--lead .card__headline")).isNotEqualTo(headline);

		signIn(this.staff.account(Role.EDITOR));
		open("/admin/front");
		Select story = new Select(waitFor(By.id("pin-article")));
		story.getOptions()
			.stream()
			.filter((option) -> option.getText().startsWith(headline))
			.findFirst()
			.orElseThrow()
			.click();
		new Select(browser.findElement(By.id("pin-slot"))).selectByValue("1");
		click(By.cssSelector("form.front-pin button[type=submit]"));
		waitFor(By.cssSelector(".admin-flash"));

		browser.manage().deleteAllCookies();
		open("/");
		browser.navigate().refresh();
		assertThat(waitFor(By.cssSelector(".card--lead .card__headline")).getText()).isEqualTo(headline);
	}

	@Test
	void anImageWhoseRightsExpireDisappearsFromEverySurface() throws Exception {
		SectionView section = this.data.section("Puertos");
		Story story = this.data.story("Barcas vuelven a Busan 🚢 " + TestData.unique("busan"), section,
				this.data.author("Mina Park", "puertos"), List.of(this.data.wire("AP")), Duration.ofMinutes(10));
		this.staff.signIn(Role.EDITOR);
		Instant expiry = this.clock.instant().plus(Duration.ofHours(2));
		Long id = this.media.upload(new MediaUpload("busan.jpg", TestImages.jpeg(1600, 1000),
				new MediaDetails("Barcas en el muelle", "Amanecer", "Kim Min-ji", "Agencia", "Editorial use", expiry)));
		String url = this.media.view(id).url();
		String key = url.split("/")[2];
		ArticleEdit edit = this.editorial.editor(story.id()).edit();
		this.editorial.update(story.id(),
				new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(),
						edit.body() + "\n\n![Barcas en el muelle — «Busan»](" + url + ")\n", edit.sectionSlug(),
						edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
						edit.seoDescription(), url, "", "", "", edit.commentsOpen(), edit.version()));
		TestStaff.signOut();
		List<String> surfaces = List.of(story.url(), "/", section.url(), "/latest");
		String feed = section.url() + "/feed.atom";
		for (String surface : surfaces) {
			// reloaded: the browser may keep an earlier copy of a public page
			open(surface);
			browser.navigate().refresh();
			assertThat(browser.getPageSource()).as(surface).contains("/media/" + key + "/");
		}
		assertThat(status(url)).isEqualTo(200);
		assertThat(body(feed)).contains("/media/" + key + "/");

		this.clock.advance(Duration.ofHours(3));
		assertThat(this.media.announceExpired()).isEqualTo(1);
		for (String surface : surfaces) {
			open(surface);
			browser.navigate().refresh();
			assertThat(browser.getPageSource()).as(surface)
				.doesNotContain("/media/" + key)
				.contains(LibraryImage.UNAVAILABLE_URL.replace(".png", ""));
		}
		open(story.url());
		WebElement figure = waitFor(By.cssSelector(".story__image img"));
		assertThat(figure.getDomAttribute("alt")).isEqualTo("Image no longer available");
		assertThat(browser.findElements(By.cssSelector(".story__body img"))).isNotEmpty()
			.allSatisfy((img) -> assertThat(img.getDomAttribute("alt")).isEqualTo("Image no longer available"));
		assertThat(browser.findElement(By.cssSelector("meta[property='og:image']")).getDomAttribute("content"))
			.doesNotContain(key)
			.contains("/share.png");
		assertThat(status(url)).isEqualTo(404);
		assertThat(body(feed)).doesNotContain("/media/" + key).contains(LibraryImage.UNAVAILABLE_URL);
	}

	@Test
	void aReaderOpensAStorysVersionsAndSeesWhatChanged() {
		SectionView section = this.data.section("Economía");
		Story story = this.data.story("Córdoba — la cosecha «récord» " + TestData.unique("trigo"), section,
				this.data.author("Lucía Fernández", "economía"), List.of(this.data.wire("EFE")), Duration.ofHours(1));
		this.staff.signIn(Role.EDITOR);
		ArticleEdit edit = this.editorial.editor(story.id()).edit();
		this.editorial.update(story.id(),
				withBody(edit, edit.body() + "\n\nLa cosecha fue de 2,1 millones de toneladas."));
		this.clock.advance(Duration.ofMinutes(30));
		edit = this.editorial.editor(story.id()).edit();
		this.editorial.update(story.id(), withBody(edit, edit.body().replace("2,1 millones", "2,4 millones")));
		TestStaff.signOut();

		open(story.url());
		click(By.linkText("Versions"));
		// the story's own h1 may still be there while the versions page loads
		new WebDriverWait(browser, DEADLINE).until(ExpectedConditions.textToBe(By.tagName("h1"), "What changed"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url(story.url() + "/versions"));
		assertThat(browser.findElements(By.cssSelector(".version"))).hasSize(3);
		WebElement newest = browser.findElement(By.cssSelector(".version"));
		assertThat(newest.findElement(By.tagName("del")).getText()).isEqualTo("1");
		assertThat(newest.findElement(By.tagName("ins")).getText()).isEqualTo("4");
		assertNoAccessibilityViolations("versions page");
	}

	private static ArticleEdit withBody(ArticleEdit edit, String body) {
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), body,
				edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
				edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(),
				edit.commentsOpen(), edit.version());
	}

	private String body(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private int status(String path) throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.discarding());
		return response.statusCode();
	}

}
