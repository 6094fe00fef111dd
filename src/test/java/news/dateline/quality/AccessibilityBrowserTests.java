package news.dateline.quality;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticleTranslations;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionService;
import news.dateline.article.EditorialService;
import news.dateline.media.MediaDetails;
import news.dateline.media.MediaService;
import news.dateline.media.MediaUpload;
import news.dateline.media.TestImages;
import news.dateline.security.Role;
import news.dateline.section.SectionView;
import news.dateline.support.BrowserTest;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.transfer.WxrImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in Chromium, checked by axe-core for WCAG 2.2 A and AA in light and
 * dark mode, and walked with the keyboard alone. Every page type is checked, with content
 * written between seconds (the test clock's microseconds) and with stories imported from
 * a WordPress export.
 */
class AccessibilityBrowserTests extends BrowserTest {

	/** The imported stories, sections, author and tag of the WordPress fixture. */
	static final List<String> IMPORTED = List.of("/articles/council-approves-harbour-budget", "/articles/storm-warning",
			"/sections/politics", "/authors/jdoe", "/tags/harbour");

	private static boolean imported;

	@Autowired
	WxrImporter importer;

	@Autowired
	CorrectionService corrections;

	@Autowired
	TestStaff staff;

	@Autowired
	MediaService media;

	@Autowired
	EditorialService editorial;

	@Autowired
	news.dateline.live.LiveService live;

	Story story;

	Story liveStory;

	Story spanish;

	@Autowired
	ArticleTranslations translations;

	SectionView section;

	String author;

	String source;

	@BeforeEach
	void setUp() {
		this.section = this.data.section("World");
		this.author = this.data.author("Tarun Kumar", "news", "travel");
		this.source = this.data.wire("AP");
		this.story = this.data.story("Pact alarms Seoul", this.section, this.author, List.of(this.source),
				Duration.ofMinutes(30), "north-korea");
		Long first = this.data.approvedComment(this.story, null, "Mina Park", "See https://example.org/a for more.");
		this.data.approvedComment(this.story, first, "Daniel Reyes", "A reply.");
		this.staff.signIn(Role.EDITOR);
		this.corrections.add(this.story.id(), CorrectionKind.CORRECTION, "An earlier version misspelt “Seoul”.");
		// a library photograph, and a material change so the story has a versions page
		Long photo = this.media.upload(new MediaUpload("harbour.jpg", TestImages.jpeg(1600, 1000),
				new MediaDetails("Fishing boats in Busan harbour", "Dawn in Busan — «el puerto»", "Kim Min-ji")));
		ArticleEdit edit = this.editorial.editor(this.story.id()).edit();
		this.editorial.update(this.story.id(),
				new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(),
						edit.body() + "\n\nSeoul added a statement.", edit.sectionSlug(), edit.tags(), edit.bylines(),
						edit.sources(), edit.slug(), edit.seoTitle(), edit.seoDescription(),
						this.media.view(photo).url(), "", "", "", edit.commentsOpen(), edit.version()));

		this.liveStory = this.data.story("Cumbre — «en directo»", this.section, this.author, Duration.ofMinutes(20));
		this.live.start(this.liveStory.id());
		this.live.file(this.liveStory.id(), new news.dateline.live.LiveEntryDraft("**Resumen** del día", null, true));
		this.live.file(this.liveStory.id(),
				new news.dateline.live.LiveEntryDraft("Seúl reacciona: “grave preocupación”", "Seúl reacciona", false));
		this.live.file(this.liveStory.id(),
				new news.dateline.live.LiveEntryDraft("Tokio convoca su consejo", null, false));
		// the Spanish edition: the story's translation, with a quoted English passage
		this.spanish = this.data.storyIn("es", "El pacto alarma a Seúl — «elección» en 서울",
				"La elección llegó tras meses de negociación.\n\n«Es un día histórico», dijo la ministra.",
				this.section, this.author, Duration.ofMinutes(25));
		this.translations.link(this.story.id(), this.spanish.slug());
		TestStaff.signOut();
	}

	@BeforeEach
	void importTheWordPressFixtureOnce() throws IOException {
		if (imported) {
			return;
		}
		try (InputStream in = getClass().getResourceAsStream("/wxr/wordpress-export.xml")) {
			this.importer.run(this.importer.newJob("wordpress-export.xml", 0), in);
		}
		imported = true;
	}

	private List<String> pages() {
		List<String> pages = new ArrayList<>(List.of("/", this.story.url(), this.story.url() + "?replytocom=1",
				this.story.url() + "/report", this.section.url(), "/latest", "/authors/" + this.author,
				"/tags/north-korea", "/sources/" + this.source, "/search", "/search?q=pact", "/search?q=%22%22",
				"/corrections", "/no/such/page", this.story.url() + "/versions", this.liveStory.url()));
		pages.addAll(IMPORTED);
		pages.addAll(List.of("/es", "/es" + this.spanish.url(), "/es" + this.section.url(), "/es/search?q=elección"));
		return pages;
	}

	@Test
	void publicPagesHaveNoWcagViolationsInLightMode() {
		emulateColorScheme("light");
		for (String page : pages()) {
			open(page);
			assertNoAccessibilityViolations(page + " (light)");
		}
	}

	@Test
	void publicPagesHaveNoWcagViolationsInDarkMode() {
		emulateColorScheme("dark");
		for (String page : pages()) {
			open(page);
			assertNoAccessibilityViolations(page + " (dark)");
		}
		emulateColorScheme("light");
	}

	@Test
	void checkerReportsAViolationWhenThereIsOne() {
		open("/");
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("var i = document.createElement('img'); i.src = '/x.png'; document.body.appendChild(i);");
		assertThat(accessibilityViolations()).anySatisfy((violation) -> assertThat(violation).startsWith("image-alt"));
	}

	@Test
	void formWithErrorsHasNoWcagViolations() {
		open(this.story.url());
		browser.findElement(By.cssSelector("#commentform button[type=submit]")).click();
		waitFor(By.id("comment-error"));
		assertNoAccessibilityViolations("reply form with errors");
	}

	@Test
	void keyboardReachesSkipLinkFirstAndTheReplyForm() {
		open(this.story.url());
		WebElement body = browser.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to content");
		assertThat(focused.getCssValue("top")).isNotEqualTo("-48px");
		focused.sendKeys(Keys.ENTER);
		boolean reachedComment = false;
		for (int i = 0; i < 120 && !reachedComment; i++) {
			browser.switchTo().activeElement().sendKeys(Keys.TAB);
			reachedComment = "comment".equals(browser.switchTo().activeElement().getDomAttribute("id"));
		}
		assertThat(reachedComment).as("the comment field is reachable with Tab").isTrue();
		assertThat(browser.switchTo().activeElement().getCssValue("outline-style")).isNotEqualTo("none");
	}

	@Test
	void commentThreadIsAListWithHeadingsForEachComment() {
		open(this.story.url());
		assertThat(browser.findElements(By.cssSelector("#comments > ol.comment-list > li.comment"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("li.comment > ol.children > li.comment"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("li.comment h3.comment__author"))).hasSize(2);
		assertThat(browser.findElement(By.id("comments-heading")).getTagName()).isEqualTo("h2");
	}

}
