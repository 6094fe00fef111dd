package news.dateline.quality;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import news.dateline.support.DatabaseTest;
import news.dateline.support.HtmlChecker;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.transfer.ImportJob;
import news.dateline.transfer.WxrImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every public page type passes the Nu Html Checker with zero errors: home, article with
 * a threaded discussion and the reply form (also with validation messages shown), the
 * lists, search, corrections, the error report form, error pages, and the pages of a
 * WordPress export's imported stories. The clock stands between seconds, so every
 * {@code <time datetime>} is written from a time with microseconds.
 */
@DatabaseTest
class PublicPagesValidityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	MediaService media;

	@Autowired
	EditorialService editorial;

	@Autowired
	TestStaff staff;

	@Autowired
	CorrectionService corrections;

	@Autowired
	ArticleTranslations translations;

	@Autowired
	WxrImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	news.dateline.live.LiveService live;

	Story story;

	SectionView section;

	String author;

	String source;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.section = this.data.section("World");
		this.author = this.data.author("Tarun Kumar", "news", "travel");
		this.source = this.data.wire("AP");
		this.story = this.data.story("Pact alarms <Seoul> & Tokyo", this.section, this.author, List.of(this.source),
				Duration.ofHours(2), "north-korea");
		this.data.story("Second story", this.section, this.author, Duration.ofHours(3), "north-korea");
		Long first = this.data.approvedComment(this.story, null, "Mina Park", "See https://example.org/a <b>bold</b>");
		this.data.approvedComment(this.story, first, "Daniel Reyes", "A reply\n\nwith two paragraphs");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		return result.getResponse().getContentAsString();
	}

	private void assertValid(String path) throws Exception {
		assertValid(path, get(path));
	}

	private void assertValid(String name, MockHttpServletRequestBuilder request) throws Exception {
		String html = page(request);
		assertThat(html).as(name).contains("<!DOCTYPE html>");
		assertThat(HtmlChecker.errors(html)).as(name).isEmpty();
		assertTimesHaveAtMostMilliseconds(name, html);
	}

	private static void assertTimesHaveAtMostMilliseconds(String name, String html) {
		Matcher times = Pattern.compile("(?:datetime|content)=\"(\\d{4}-\\d\\d-\\d\\dT[^\"]*)\"").matcher(html);
		while (times.find()) {
			assertThat(times.group(1)).as(name).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z");
		}
	}

	@Test
	void clockStandsBetweenSecondsSoTimesCarryFractions() throws Exception {
		assertThat(this.clock.instant().getNano() % 1_000_000).as("microseconds in the test clock").isNotZero();
		String html = page(get(this.story.url()));
		assertThat(html).containsPattern("datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"");
	}

	@Test
	void liveStoryPagesAreValid() throws Exception {
		this.staff.signIn(Role.EDITOR);
		this.live.start(this.story.id());
		Long pinned = this.live.file(this.story.id(),
				new news.dateline.live.LiveEntryDraft("Resumen: la cumbre «en directo» — 서울", null, true));
		for (int i = 1; i <= 22; i++) {
			this.clock.advance(Duration.ofMillis(1500));
			this.live.file(this.story.id(),
					new news.dateline.live.LiveEntryDraft("Entrada " + i + ": *“Seoul”* & [AP](https://apnews.com) 🗳",
							(i % 7 == 0) ? "Momento " + i : null, false));
		}
		this.live.edit(pinned, new news.dateline.live.LiveEntryDraft("Resumen actualizado", null, true));
		Long olderThan = this.live.coverage(this.story.id(), null).orElseThrow().olderThan();
		TestStaff.signOut();
		assertValid(this.story.url());
		assertValid(this.story.url() + "?before=" + olderThan);
		this.staff.signIn(Role.EDITOR);
		this.live.end(this.story.id());
		TestStaff.signOut();
		assertValid(this.story.url());
	}

	@Test
	void homePageIsValid() throws Exception {
		assertValid("/");
	}

	@Test
	void articlePageWithThreadAndReplyFormIsValid() throws Exception {
		assertValid(this.story.url());
		assertValid(this.story.url() + "?replytocom=1");
	}

	@Test
	void articlePageWithALibraryImageIsValid() throws Exception {
		this.staff.signIn(Role.EDITOR);
		Long id = this.media.upload(new MediaUpload("harbour.jpg", TestImages.jpeg(1300, 700),
				new MediaDetails("Boats in the harbour", "Dawn", "AP")));
		ArticleEdit edit = this.editorial.editor(this.story.id()).edit();
		this.editorial.update(this.story.id(),
				new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
						edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
						edit.seoDescription(), this.media.view(id).url(), "", "", "", edit.commentsOpen(),
						edit.version()));
		TestStaff.signOut();
		String html = page(get(this.story.url()));
		assertThat(html).contains("srcset=\"/media/", " 1300w\"", "width=\"1300\"", "alt=\"Boats in the harbour\"");
		assertThat(HtmlChecker.errors(html)).isEmpty();
	}

	@Test
	void versionsPageAndTheStoryLinkingToItAreValid() throws Exception {
		this.staff.signIn(Role.EDITOR);
		ArticleEdit edit = this.editorial.editor(this.story.id()).edit();
		this.clock.advance(Duration.ofMinutes(20));
		this.editorial.saveAndMove(this.story.id(), withBody(edit, edit.body() + "\n\nSeúl añade «una» línea — 🇰🇷."),
				new news.dateline.article.WorkflowMove.Correct(CorrectionKind.UPDATE, "Añadida la reacción de Seúl."));
		TestStaff.signOut();
		String article = page(get(this.story.url()));
		assertThat(article).contains("/versions\">Versions</a>", "/versions#version-2\">");
		assertThat(HtmlChecker.errors(article)).isEmpty();
		String versions = page(get(this.story.url() + "/versions"));
		assertThat(versions).contains("<ins>", "What changed");
		assertThat(HtmlChecker.errors(versions)).isEmpty();
		assertTimesHaveAtMostMilliseconds("versions", versions);
	}

	@Test
	void pagesShowingAnExpiredImageAreValid() throws Exception {
		this.staff.signIn(Role.EDITOR);
		Long id = this.media.upload(new MediaUpload("harbour.jpg", TestImages.jpeg(1300, 700),
				new MediaDetails("Boats in the harbour", "Dawn", "AP", "AP", "Editorial use", this.clock.instant())));
		ArticleEdit edit = this.editorial.editor(this.story.id()).edit();
		this.editorial.update(this.story.id(),
				new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
						edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
						edit.seoDescription(), this.media.view(id).url(), "", "", "", edit.commentsOpen(),
						edit.version()));
		TestStaff.signOut();
		for (String path : List.of(this.story.url(), "/", this.section.url())) {
			String html = page(get(path));
			assertThat(html).as(path)
				.contains("/img/image-unavailable", "alt=\"Image no longer available\"")
				.doesNotContain("/media/");
			assertThat(HtmlChecker.errors(html)).as(path).isEmpty();
		}
	}

	private static ArticleEdit withBody(ArticleEdit edit, String body) {
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), body,
				edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
				edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(),
				edit.commentsOpen(), edit.version());
	}

	@Test
	void everyPageWithPictureCardsIsValid() throws Exception {
		this.staff.signIn(Role.EDITOR);
		Story pictured = this.data.story("Plaza «Mayor» — 🗞 en fotos", this.section, this.author, List.of(this.source),
				Duration.ofMinutes(20), "north-korea");
		Long id = this.media.upload(new MediaUpload("plaza.jpg", TestImages.jpeg(1000, 700),
				new MediaDetails("Crowd in the plaza", "Madrid", "EFE")));
		ArticleEdit edit = this.editorial.editor(pictured.id()).edit();
		this.editorial.update(pictured.id(),
				new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
						edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
						edit.seoDescription(), this.media.view(id).url(), "", "", "", edit.commentsOpen(),
						edit.version()));
		TestStaff.signOut();
		for (String path : new String[] { "/", "/latest", this.section.url(), this.story.url() }) {
			String html = page(get(path));
			assertThat(html).as(path).contains("srcset=\"/media/", "width=\"1000\" height=\"700\"");
			assertThat(HtmlChecker.errors(html)).as(path).isEmpty();
		}
	}

	@Test
	void articlePageShowingFormErrorsIsValid() throws Exception {
		assertValid("reply form with errors",
				post(this.story.url() + "/comments").param("comment", "")
					.param("author", "")
					.param("email", "not-an-email")
					.param("url", "nope")
					.param("token", "forged"));
	}

	@Test
	void listPagesAreValid() throws Exception {
		assertValid("/latest");
		assertValid(this.section.url());
		assertValid("/authors/" + this.author);
		assertValid("/tags/north-korea");
		assertValid("/sources/" + this.source);
	}

	@Test
	void spanishEditionPagesAreValid() throws Exception {
		Story spanish = this.data.storyIn("es", "El pacto alarma a <Seúl> & Tokio — «elección» en 서울",
				"La elección llegó tras meses de negociación.\n\n«Es un día histórico», dijo la ministra.",
				this.section, this.author, Duration.ofMinutes(90));
		this.staff.signIn(Role.EDITOR);
		this.translations.link(this.story.id(), spanish.slug());
		TestStaff.signOut();
		assertValid("/es");
		assertValid("/es" + spanish.url());
		assertValid(this.story.url());
		assertValid("/es" + this.section.url());
		assertValid("/es/search?q=elección");
		assertThat(page(get("/es" + spanish.url()))).contains("<html lang=\"es\"", "&lt;Seúl&gt; &amp; Tokio")
			.containsPattern("<a [^>]*lang=\"en\"[^>]*>Read in English</a>");
		assertThat(page(get("/es/search?q=elección"))).contains("<html lang=\"es\"");
	}

	@Test
	void searchPagesAreValid() throws Exception {
		assertValid("/search");
		assertValid("/search?q=pact");
		assertValid("/search?q=pact&from=2026-13-40");
	}

	@Test
	void correctionsAndTheErrorReportFormAreValid() throws Exception {
		this.staff.signIn(Role.EDITOR);
		this.clock.advance(Duration.ofMinutes(7).plusNanos(654_321_000));
		this.corrections.add(this.story.id(), CorrectionKind.CORRECTION, "An earlier version misspelt “Seoul”.");
		TestStaff.signOut();
		assertValid("/corrections");
		assertValid(this.story.url());
		assertValid(this.story.url() + "/report");
		assertValid("report form with errors",
				post(this.story.url() + "/report").param("message", "").param("email", "not-an-email"));
	}

	@Test
	void pagesOfImportedStoriesAreValid() throws Exception {
		ImportJob job = this.importer.newJob("wordpress-export.xml", 0);
		try (InputStream in = getClass().getResourceAsStream("/wxr/wordpress-export.xml")) {
			this.importer.run(job, in);
		}
		List<String> imported = this.jdbc
			.sql("select slug from article where status = 'PUBLISHED' and published_at < ? order by slug")
			.param(java.sql.Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))))
			.query(String.class)
			.list();
		assertThat(imported).contains("council-approves-harbour-budget", "storm-warning", "ferry-timetable-changes");
		for (String slug : imported) {
			assertValid("/articles/" + slug);
		}
		assertValid("/");
		assertValid("/sections/politics");
		assertValid("/sections/local-news");
		assertValid("/authors/jdoe");
		assertValid("/tags/harbour");
	}

	@Test
	void errorPagesAreValid() throws Exception {
		assertValid("/articles/no-such-story");
		assertValid("/no/such/page");
		assertValid("method not allowed", put("/"));
	}

}
