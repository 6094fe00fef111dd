package news.dateline.transfer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.security.Role;
import news.dateline.source.SourceView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestStaff;
import news.dateline.tag.TagView;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import checked point by point against a WXR file written the way WordPress 6.x's
 * exporter writes it ({@code wxr/wordpress-fidelity.xml}: block-editor and classic posts,
 * shortcodes, scheduled, protected, pending and sticky posts, Korean and Japanese names,
 * attachments after the posts that use them) with a copy of its uploads folder. Expected
 * counts are read from the fixture itself.
 */
@DatabaseTest
class WordPressFidelityTests {

	static final String FIXTURE = "/wxr/wordpress-fidelity.xml";

	static final String UPLOADS = "/wxr/fidelity-uploads";

	@Autowired
	WxrImporter importer;

	@Autowired
	ArticleService articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	TestStaff staff;

	@Autowired
	WebApplicationContext context;

	Long janeStaffId;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.janeStaffId = this.staff.account(Role.AUTHOR).id();
		this.jdbc.sql("update staff_user set email = 'jane@gazette.example' where id = ?")
			.param(this.janeStaffId)
			.update();
	}

	static Path resource(String name) {
		try {
			return Path.of(WordPressFidelityTests.class.getResource(name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String fixtureText() throws IOException {
		return Files.readString(resource(FIXTURE), StandardCharsets.UTF_8);
	}

	/** The items of the fixture with this post type, by their WordPress ids. */
	static List<String> idsOfType(String type) throws IOException {
		List<String> ids = new ArrayList<>();
		Matcher items = Pattern.compile("<item>.*?</item>", Pattern.DOTALL).matcher(fixtureText());
		while (items.find()) {
			if (items.group().contains("<wp:post_type><![CDATA[" + type + "]]></wp:post_type>")) {
				Matcher id = Pattern.compile("<wp:post_id>(\\d+)</wp:post_id>").matcher(items.group());
				id.find();
				ids.add(id.group(1));
			}
		}
		return ids;
	}

	ImportProgress importFixture() {
		ImportJob job = this.importer.newJob("wordpress-fidelity.xml", resource(FIXTURE).toFile().length());
		this.importer.run(job, resource(FIXTURE), new ImportOptions(resource(UPLOADS), false));
		return job.progress();
	}

	Map<String, Object> row(String slug) {
		return this.jdbc.sql("select * from article where slug = ?").param(slug).query().singleRow();
	}

	ArticleView live(String slug) {
		return ((ArticleLookup.Found) this.articles.lookup(slug)).article();
	}

	String html(String slug) {
		return (String) row(slug).get("body_html");
	}

	List<ImportIssue> issues(ImportProgress progress, Reason reason) {
		return progress.issues().stream().filter((issue) -> issue.reason() == reason).toList();
	}

	@Test
	void importsEveryPostOfTheFixtureAndNothingElse() throws IOException {
		ImportProgress progress = importFixture();
		assertThat(progress.state()).isEqualTo(ImportJob.State.FINISHED);
		assertThat(progress.postsImported()).isEqualTo(idsOfType("post").size());
		assertThat(progress.itemsRead()).isEqualTo(Pattern.compile("<item>").matcher(fixtureText()).results().count());
		assertThat(issues(progress, Reason.NOT_A_POST)).extracting(ImportIssue::externalId).containsExactly("2");
	}

	@Test
	void scheduledPostGetsItsReleaseTimeSoTheReleaseJobPutsItLive() {
		importFixture();
		Map<String, Object> festival = row("harbour-festival-line-up");
		assertThat(festival.get("status")).isEqualTo("SCHEDULED");
		assertThat(WxrExporter.instant(festival.get("release_at"))).isEqualTo(Instant.parse("2030-01-15T08:00:00Z"));
		assertThat(WxrExporter.instant(festival.get("published_at"))).isEqualTo(Instant.parse("2030-01-15T08:00:00Z"));
	}

	@Test
	void passwordProtectedPostIsADraftAndReported() {
		ImportProgress progress = importFixture();
		Map<String, Object> members = row("members-only-the-harbour-accounts");
		assertThat(members.get("status")).isEqualTo("DRAFT");
		assertThat(issues(progress, Reason.PASSWORD_PROTECTED))
			.extracting(ImportIssue::externalId, ImportIssue::outcome)
			.containsExactly(tuple("105", Outcome.REPAIRED));
	}

	@Test
	void koreanAndJapaneseTagsAndTitlesKeepTheirNamesAndGetRealSlugs() {
		ImportProgress progress = importFixture();
		ArticleView market = live("saturday-market-returns");
		assertThat(market.tags()).extracting(TagView::name, TagView::slug)
			.containsExactlyInAnyOrder(tuple("서울", "seoul"), tuple("東京", "dong-jing"));
		assertThat(issues(progress, Reason.TAG_DROPPED)).isEmpty();
		assertThat(issues(progress, Reason.NO_SLUG)).isEmpty();
		String hangulSlug = this.jdbc.sql("select slug from article where headline = ?")
			.param("서울 시장, 새 항구 계획 발표")
			.query(String.class)
			.single();
		assertThat(hangulSlug).startsWith("seoul-sijang").matches("[a-z0-9]+(-[a-z0-9]+)*");
		assertThat(live(hangulSlug).tags()).extracting(TagView::name).containsExactly("서울");
		assertThat(live(hangulSlug).bylines().get(0).name()).isEqualTo("김서연");
	}

	@Test
	void typographyIsKeptCharacterForCharacter() {
		importFixture();
		String html = html("cordoba-the-quiet-province");
		assertThat(live("cordoba-the-quiet-province").headline()).isEqualTo("Córdoba — the quiet province");
		assertThat(html).contains("“We waited all winter,” she said — and the boats came back to the province.")
			.contains("Look for Córdoba’s «quiet» quay.")
			.contains("New moorings — forty of them")
			.doesNotContain("---", "&lt;&lt;", "\\<", "\"We waited");
		assertThat(html("saturday-market-returns")).contains("Stallholders pay « 12 € » a day.");
	}

	@Test
	void everyCoreBlockBecomesItsHtmlEquivalent() {
		importFixture();
		String html = html("cordoba-the-quiet-province");
		assertThat(html).contains("<h2>What changed in 2024</h2>")
			.contains("<li>A café on the pier</li>")
			.containsPattern(
					"<figure><img src=\"/media/[0-9a-f]{32}/\\d+\\.jpg\" alt=\"Fishing boats at the harbour at dawn\"")
			.contains("<figcaption>Dawn at the harbour</figcaption>")
			.containsPattern(
					"</figure>\\s*<blockquote>\\s*<p>The sea gives and the sea takes.</p>\\s*<p>An old saying</p>")
			.contains("Forty boats, one harbour.")
			.contains("<cite>The harbour master</cite>")
			.contains("<th>Boats</th>")
			.contains("<td>40</td>")
			.contains("<figcaption>Boats moored each summer</figcaption>")
			.containsPattern("<pre><code[^>]*>moorings &#61; 40 &lt;&#61; capacity")
			.containsPattern("<pre><code[^>]*>Tide at 06:12\nTide at 18:40")
			.contains("<hr />")
			.contains("<a href=\"https://www.youtube.com/watch?v&#61;dQw4w9WgXcQ\"")
			.contains("<figcaption>The harbour from the air</figcaption>")
			.contains("<p>Fishing resumes on Monday.</p>")
			.doesNotContain("&gt; The sea", "<iframe", "wp:", "wp-block");
		assertThat(Pattern.compile("<img src=\"/media/").matcher(html).results().count()).isEqualTo(3);
	}

	@Test
	void shortcodesBecomeHtmlAndUnknownOnesAreReported() {
		ImportProgress progress = importFixture();
		String html = html("saturday-market-returns");
		assertThat(html).contains("[sic]")
			.containsPattern("<figure><img src=\"/media/[0-9a-f]{32}/\\d+\\.jpg\" alt=\"Boats at dawn\"")
			.contains("<figcaption>Boats at dawn, before the market</figcaption>")
			.contains("<figcaption>The Saturday market</figcaption>")
			.contains("<a href=\"https://vimeo.com/76979871\"")
			.contains(">interview.mp3</a>")
			.contains(">harbour-tour.mp4</a>")
			.doesNotContain("[gallery", "[caption", "[embed", "[audio", "[video", "[contact-form-7", "<iframe",
					"<audio", "uploads/2024/06/harbour-dawn", "uploads/2024/06/market-stall",
					"uploads/2024/06/ferry-deck");
		assertThat(Pattern.compile("<img src=\"/media/").matcher(html).results().count()).isEqualTo(3);
		assertThat(issues(progress, Reason.UNKNOWN_SHORTCODE)).extracting(ImportIssue::externalId, ImportIssue::detail)
			.containsExactly(tuple("102", "[contact-form-7]"));
	}

	@Test
	void attachmentsGoIntoTheMediaLibraryAndPostsFeatureThem() throws IOException {
		ImportProgress progress = importFixture();
		List<String> attachments = idsOfType("attachment");
		long inFolder = attachments.size() - 1;
		assertThat(this.jdbc.sql("select count(*) from media_item").query(Long.class).single()).isEqualTo(inFolder);
		assertThat(this.jdbc.sql("select count(*) from media_variant").query(Long.class).single())
			.isGreaterThanOrEqualTo(inFolder);
		ArticleView cordoba = live("cordoba-the-quiet-province");
		assertThat(cordoba.image().url()).matches("/media/[0-9a-f]{32}/\\d+\\.jpg");
		assertThat(cordoba.image().alt()).isEqualTo("Fishing boats at the harbour at dawn");
		assertThat(cordoba.image().caption()).isEqualTo("Dawn at the harbour");
		assertThat(cordoba.image().credit()).isEqualTo("Ana Lima");
		assertThat(this.jdbc.sql("select alt_text, credit from media_item where display_name = 'ferry-deck.jpg'")
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
			.single()).isEqualTo("The ferry’s deck|Ben Okafor");
		assertThat(progress.skippedIssues()).filteredOn((issue) -> issue.reason() == Reason.ATTACHMENT)
			.extracting(ImportIssue::externalId)
			.containsExactly("204");
		assertThat(issues(progress, Reason.MEDIA_MISSING)).extracting(ImportIssue::externalId, ImportIssue::detail)
			.containsExactly(tuple("107", "204"));
	}

	@Test
	void oldAddressesAnswerWithPermanentRedirects() throws Exception {
		importFixture();
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		mvc.perform(get("/?p=101"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/cordoba-the-quiet-province"));
		mvc.perform(get("/news/2024/06/21/saturday-market-returns/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/saturday-market-returns"));
		mvc.perform(get("/category/world/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/sections/world"));
		mvc.perform(get("/category/world/asia/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/sections/asia"));
		mvc.perform(get(URI.create("/tag/%ec%84%9c%ec%9a%b8/")))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/tags/seoul"));
		mvc.perform(get("/author/reporter/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/authors/reporter"));
		mvc.perform(get("/category/nowhere/")).andExpect(status().isNotFound());
		mvc.perform(get("/?p=105")).andExpect(status().isNotFound());
	}

	@Test
	void sectionsKeepDescriptionAndParent() {
		importFixture();
		Map<String, Object> asia = this.jdbc.sql(
				"select s.name, s.description, p.slug as parent from section s left join section p on p.id = s.parent_id"
						+ " where s.slug = 'asia'")
			.query()
			.singleRow();
		assertThat(asia).containsEntry("name", "Asia")
			.containsEntry("description", "Seoul, Tokyo and the ports between")
			.containsEntry("parent", "world");
		assertThat(this.jdbc.sql("select description from section where slug = 'world'").query(String.class).single())
			.isEqualTo("News from beyond the harbour");
	}

	@Test
	void pendingPostsWaitForReview() {
		importFixture();
		assertThat(row("dredging-plan-awaits-approval").get("status")).isEqualTo("IN_REVIEW");
	}

	@Test
	void namesAreKeptWholeAndStaffCommentsLinked() {
		importFixture();
		Long id = live("cordoba-the-quiet-province").id();
		List<Map<String, Object>> comments = this.jdbc
			.sql("select author_name, body, staff, staff_user_id from comment where article_id = ? order by created_at")
			.param(id)
			.query()
			.listOfRows();
		assertThat(comments)
			.extracting((c) -> c.get("author_name"), (c) -> c.get("staff"), (c) -> c.get("staff_user_id"))
			.containsExactly(tuple("Jane Reporter", true, this.janeStaffId), tuple("Mallory <Tester>", false, null));
		assertThat(comments.get(1).get("body")).isEqualTo("Testing “quotes” & tags.");
	}

	@Test
	void sourceMetaBecomesACreditedSource() {
		importFixture();
		assertThat(live("cordoba-the-quiet-province").sources()).extracting(SourceView::name, SourceView::kind)
			.containsExactly(tuple("Associated Press", news.dateline.source.SourceKind.PARTNER));
	}

	@Test
	void whatIsNotImportedIsReported() {
		ImportProgress progress = importFixture();
		assertThat(issues(progress, Reason.STICKY_NOT_PINNED)).extracting(ImportIssue::externalId)
			.containsExactly("101");
		assertThat(issues(progress, Reason.META_NOT_IMPORTED)).extracting(ImportIssue::detail).containsExactly("mood");
		assertThat(issues(progress, Reason.TAXONOMY_NOT_IMPORTED)).extracting(ImportIssue::detail)
			.containsExactly("post_format");
	}

	@Test
	void progressFollowsWhatWasReadAndNeverGoesBack() throws IOException {
		long size = resource(FIXTURE).toFile().length();
		List<Long> consumed = new ArrayList<>();
		try (WxrReader reader = new WxrReader(Files.newInputStream(resource(FIXTURE)))) {
			while (reader.next() != null) {
				consumed.add(reader.bytesConsumed());
			}
		}
		assertThat(consumed.get(0)).isLessThan(size / 10);
		assertThat(consumed).isSorted();
		assertThat(consumed.get(consumed.size() - 1)).isBetween(size * 95 / 100, size);
		ImportJob job = this.importer.newJob("wordpress-fidelity.xml", size);
		job.bytesRead(size / 2);
		job.bytesRead(size / 4);
		assertThat(job.progress().bytesRead()).isEqualTo(size / 2);
	}

}
