package news.dateline.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import news.dateline.author.AuthorView;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.tag.TagView;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class WxrImporterTests {

	static final String FIXTURE = "/wxr/wordpress-export.xml";

	@Autowired
	WxrImporter importer;

	@Autowired
	ArticleService articles;

	@Autowired
	CommentService comments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	WebApplicationContext context;

	@BeforeEach
	void setUp() {
		this.clock.reset();
	}

	ImportProgress importFixture() throws IOException {
		ImportJob job = this.importer.newJob("wordpress-export.xml", 0);
		try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
			this.importer.run(job, in);
		}
		return job.progress();
	}

	ArticleView live(String slug) {
		return ((ArticleLookup.Found) this.articles.lookup(slug)).article();
	}

	Map<String, Object> row(String slug) {
		return this.jdbc.sql("select * from article where slug = ?").param(slug).query().singleRow();
	}

	@Test
	void importsPublishedPostsWithSectionTagsBylinesAndDates() throws IOException {
		ImportProgress progress = importFixture();
		assertThat(progress.state()).isEqualTo(ImportJob.State.FINISHED);
		assertThat(progress.postsImported()).isEqualTo(6);
		assertThat(progress.itemsRead()).isEqualTo(12);
		assertThat(progress.authorsCreated()).isEqualTo(2);
		assertThat(progress.sectionsCreated()).isEqualTo(3);
		ArticleView budget = live("council-approves-harbour-budget");
		assertThat(budget.headline()).isEqualTo("Council approves harbour budget");
		assertThat(budget.deck()).isEqualTo("The quay will be rebuilt & dredged.");
		assertThat(budget.section().slug()).isEqualTo("politics");
		assertThat(budget.section().name()).isEqualTo("Politics");
		assertThat(budget.tags()).extracting(TagView::name).containsExactly("Budget 2024", "Harbour");
		assertThat(budget.bylines()).extracting(AuthorView::slug, AuthorView::name)
			.containsExactly(tuple("jdoe", "Jane Doe"));
		assertThat(budget.publishedAt()).isEqualTo(Instant.parse("2024-06-20T14:05:00Z"));
		assertThat(budget.updatedAt()).isEqualTo(Instant.parse("2024-06-21T07:00:00Z"));
		assertThat(budget.bodyHtml()).contains("<strong>4.2 million</strong>")
			.contains("<a href=\"https://harbour-gazette.example/tag/harbour/\"");
		assertThat(live("storm-warning").bylines()).extracting(AuthorView::name).containsExactly("Mark Smith");
	}

	@Test
	void filesAPostUnderItsPrimaryCategoryAndTagsItWithTheOthers() throws IOException {
		importFixture();
		ArticleView storm = live("storm-warning");
		assertThat(storm.section().slug()).isEqualTo("politics");
		assertThat(storm.tags()).extracting(TagView::name).containsExactly("Local News", "Weather");
	}

	@Test
	void makesParagraphsOfABodyWrittenWithoutThem() throws IOException {
		importFixture();
		ArticleView ferry = live("ferry-timetable-changes");
		assertThat(ferry.bodyHtml()).contains("<p>The first ferry will leave at 6:15 from June 24.</p>")
			.contains("<p>The last one returns at 23:40,<br />\nan hour later than in winter.</p>")
			.contains("<figcaption>The morning ferry leaves the north quay.</figcaption>")
			.contains("<p>Tickets are <em>unchanged</em>.</p>");
		assertThat((String) row("ferry-timetable-changes").get("body_markdown"))
			.startsWith("The first ferry will leave at 6:15 from June 24.\n\nThe last one returns at 23:40,");
		assertThat(ferry.commentsOpen()).isFalse();
	}

	@Test
	void removesScriptsEventHandlersAndScriptLinksFromBodies() throws IOException {
		importFixture();
		String html = live("storm-warning").bodyHtml();
		assertThat(html).contains("Forecasters warned of gusts up to 90 km/h.")
			.contains("<img src=\"https://harbour-gazette.example/wp-content/uploads/2024/06/storm.jpg\"")
			.contains("live map")
			.doesNotContain("<script", "document.cookie", "onerror", "onclick", "javascript:");
		assertThat((String) row("storm-warning").get("body_markdown")).doesNotContain("<script", "onerror");
	}

	@Test
	void keepsScheduledAndDraftPostsOutOfSight() throws IOException {
		importFixture();
		Map<String, Object> scheduled = row("harbour-festival-programme");
		assertThat(scheduled.get("status")).isEqualTo("SCHEDULED");
		assertThat(instant(scheduled.get("published_at"))).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
		Map<String, Object> draft = row("draft-interview-with-the-harbour-master");
		assertThat(draft.get("status")).isEqualTo("DRAFT");
		assertThat(draft.get("published_at")).isNull();
		assertThat(instant(draft.get("created_at"))).isEqualTo(Instant.parse("2026-06-18T10:30:00Z"));
		assertThat(this.jdbc.sql("select s.slug from article a join section s on s.id = a.section_id where a.slug = ?")
			.param("draft-interview-with-the-harbour-master")
			.query(String.class)
			.single()).isEqualTo("uncategorized");
	}

	@Test
	void importsCommentsWithTheirThreadsAndStatuses() throws IOException {
		ImportProgress progress = importFixture();
		assertThat(progress.commentsImported()).isEqualTo(5);
		Long budgetId = live("council-approves-harbour-budget").id();
		List<Map<String, Object>> stored = this.jdbc
			.sql("select c.id, c.parent_id, c.depth, c.author_name, c.author_email, c.author_website, c.body, c.status,"
					+ " c.ip_hash from comment c where c.article_id = ? order by c.created_at")
			.param(budgetId)
			.query()
			.listOfRows();
		assertThat(stored)
			.extracting((comment) -> comment.get("author_name"), (comment) -> comment.get("status"),
					(comment) -> comment.get("depth"))
			.containsExactly(tuple("Ana Lima", "APPROVED", 1), tuple("Ben Okafor", "APPROVED", 2),
					tuple("Carla Reis", "PENDING", 3), tuple("Cheap Pills", "SPAM", 1), tuple("Dan Tran", "TRASH", 1));
		assertThat(stored.get(1).get("parent_id")).isEqualTo(stored.get(0).get("id"));
		assertThat(stored.get(2).get("parent_id")).isEqualTo(stored.get(1).get("id"));
		assertThat(stored.get(0).get("author_email")).isEqualTo("ana@example.org");
		assertThat(stored.get(0).get("author_website")).isEqualTo("https://ana.example.org");
		assertThat(stored.get(1).get("body")).isEqualTo("Agreed. Finally & not before time.");
		assertThat((String) stored.get(0).get("ip_hash")).hasSize(32).doesNotContain("203.0.113.7");
		assertThat(this.jdbc.sql("select comment_count from article where id = ?")
			.param(budgetId)
			.query(Integer.class)
			.single()).isEqualTo(2);
		List<CommentView> thread = this.comments.thread(budgetId, List.of()).comments();
		assertThat(thread).extracting(CommentView::authorName).containsExactly("Ana Lima");
		assertThat(thread.get(0).replies()).extracting(CommentView::authorName).containsExactly("Ben Okafor");
	}

	@Test
	void reportsEveryMalformedEntryWithItsReason() throws IOException {
		ImportProgress progress = importFixture();
		assertThat(progress.skippedIssues())
			.extracting(ImportIssue::line, ImportIssue::entry, ImportIssue::externalId, ImportIssue::reason)
			.containsExactlyInAnyOrder(tuple(65, Entry.COMMENT, "506", Reason.PARENT_MISSING),
					tuple(65, Entry.COMMENT, "507", Reason.PINGBACK), tuple(303, Entry.POST, "110", Reason.ATTACHMENT),
					tuple(326, Entry.POST, "106", Reason.NO_TITLE),
					tuple(326, Entry.COMMENT, "601", Reason.POST_NOT_IMPORTED),
					tuple(363, Entry.POST, "107", Reason.BAD_DATE), tuple(387, Entry.ITEM, null, Reason.UNREADABLE_XML),
					tuple(420, Entry.POST, "101", Reason.DUPLICATE_ID), tuple(433, Entry.POST, "2", Reason.NOT_A_POST));
		assertThat(progress.skipped()).isEqualTo(9);
		assertThat(progress.issues()).filteredOn((issue) -> issue.outcome() == Outcome.REPAIRED)
			.extracting(ImportIssue::externalId, ImportIssue::reason)
			.containsExactly(tuple("109", Reason.XML_REPAIRED));
		assertThat(live("fish-and-chips-festival").headline()).isEqualTo("Fish & chips festival returns");
		assertThat(live("fish-and-chips-festival").deck()).isEqualTo("The best batter\u00a0in town");
	}

	@Test
	void addsNothingWhenTheSameExportIsImportedAgain() throws IOException {
		importFixture();
		long articleRows = count("article");
		long commentRows = count("comment");
		long authorRows = count("author");
		long sectionRows = count("section");
		ImportProgress second = importFixture();
		assertThat(second.postsImported()).isZero();
		assertThat(second.commentsImported()).isZero();
		assertThat(second.postsAlreadyThere()).isEqualTo(6);
		assertThat(second.commentsAlreadyThere()).isEqualTo(5);
		assertThat(count("article")).isEqualTo(articleRows);
		assertThat(count("comment")).isEqualTo(commentRows);
		assertThat(count("author")).isEqualTo(authorRows);
		assertThat(count("section")).isEqualTo(sectionRows);
		assertThat(this.jdbc.sql("select comment_count from article where slug = ?")
			.param("council-approves-harbour-budget")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void answersOldPermalinksWithAPermanentRedirect() throws Exception {
		importFixture();
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		mvc.perform(get("/2024/06/20/council-approves-harbour-budget/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/council-approves-harbour-budget"));
		mvc.perform(get("/?p=103"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/storm-warning"));
		mvc.perform(get("/2024/06/20/never-published/")).andExpect(status().isNotFound());
		mvc.perform(get("/?p=104")).andExpect(status().isNotFound());
	}

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static Instant instant(Object value) {
		return WxrExporter.instant(value);
	}

}
