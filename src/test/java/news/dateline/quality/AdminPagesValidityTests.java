package news.dateline.quality;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import news.dateline.article.ArticleEdit;
import news.dateline.article.AutosaveService;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.Commenter;
import news.dateline.comment.NewComment;
import news.dateline.comment.SubmittedComment;
import news.dateline.media.MediaDetails;
import news.dateline.media.MediaService;
import news.dateline.media.MediaUpload;
import news.dateline.media.TestImages;
import news.dateline.security.Role;
import news.dateline.security.StaffPrincipal;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.HtmlChecker;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every main admin page passes the Nu Html Checker with zero errors, rendered for a real
 * staff account against the real schema: sign-in, dashboard, article list and editor, the
 * moderation queue with held comments, and the newsroom data and user lists.
 */
@DatabaseTest
class AdminPagesValidityTests {

	@Autowired
	news.dateline.mail.Mailroom mailroom;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	CommentService comments;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MediaService media;

	@Autowired
	AutosaveService autosaves;

	@Autowired
	news.dateline.live.LiveService live;

	Story story;

	SubmittedComment held;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		SectionView section = this.data.section("World");
		String author = this.data.author("Tarun Kumar", "news");
		this.story = this.data.story("Pact alarms <Seoul> & Tokyo", section, author, Duration.ofHours(2), "pact");
		this.data.approvedComment(this.story, null, "Mina Park", "An approved comment");
		this.held = this.comments.submit(new NewComment(this.story.id(), null,
				new Commenter("New Reader", TestData.unique("reader") + "@example.com", null, TestData.unique("ip")),
				"First time <b>here</b>: https://example.org/a", false, Duration.ofSeconds(30)));
		assertThat(this.held.status()).isEqualTo(CommentStatus.PENDING);
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	/**
	 * Signs a new, real account with the role in to the request, as its session would.
	 */
	static RequestPostProcessor as(UserView user) {
		StaffPrincipal principal = new StaffPrincipal(user.id(), user.email(), user.displayName(), user.role());
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
	}

	private void assertValid(String path, Role role) throws Exception {
		assertValid(path, get(path).with(as(this.staff.account(role))));
	}

	private void assertValid(String name, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(name).isEqualTo(200);
		assertThat(html).as(name).contains("<!DOCTYPE html>");
		assertThat(HtmlChecker.errors(html)).as(name).isEmpty();
	}

	@Test
	void loginPageIsValid() throws Exception {
		assertValid("/admin/password/forgot", get("/admin/password/forgot"));
		assertValid("/admin/login", get("/admin/login"));
		assertValid("/admin/login?error", get("/admin/login").param("error", ""));
	}

	@Test
	void dashboardIsValidForEveryRole() throws Exception {
		for (Role role : Role.values()) {
			assertValid("/admin", role);
		}
	}

	@Test
	void articleListAndEditorAreValid() throws Exception {
		assertValid("/admin/articles", Role.EDITOR);
		assertValid("/admin/articles/new", Role.EDITOR);
		assertValid("/admin/articles/" + this.story.id() + "/edit", Role.EDITOR);
		assertValid("/admin/articles/" + this.story.id() + "/revisions", Role.EDITOR);
		assertValid("/admin/articles?q=pact&section=world&sort=HEADLINE&from=2026-01-01&to=2026-12-31", Role.EDITOR);
		assertValid("/admin/articles?status=PUBLISHED&after=" + this.story.id(), Role.CONTRIBUTOR);
		assertValid("bulk unpublish confirmation",
				post("/admin/articles/bulk").param("action", "UNPUBLISH")
					.param("ids", String.valueOf(this.story.id()))
					.param("back", "/admin/articles?q=pact")
					.with(csrf())
					.with(as(this.staff.account(Role.EDITOR))));
	}

	@Test
	void editorWithAnotherEditorsLockAndAPendingAutosaveIsValid() throws Exception {
		UserView editor = this.staff.account(Role.EDITOR);
		UserView other = this.staff.account(Role.EDITOR);
		String edit = "/admin/articles/" + this.story.id() + "/edit";
		this.staff.signIn(editor);
		this.clock.advance(Duration.ofSeconds(3));
		this.autosaves.autosave(this.story.id(), new ArticleEdit("Pact alarms Seoul — « autosaved »", "", "", "",
				"An autosaved body", null, "", List.of(), List.of(), null, "", "", null, null, null, null, true, 0L));
		this.staff.signIn(other);
		this.autosaves.takeOver(this.story.id());
		assertValid("editor with lock and autosave", get(edit).with(as(editor)));
		assertValid("editor restoring the autosave", get(edit).param("restore", "autosave").with(as(editor)));
	}

	@Test
	void liveDeskAndEntryFormAreValid() throws Exception {
		assertValid("/admin/live/" + this.story.id(), Role.EDITOR);
		this.staff.signIn(Role.EDITOR);
		this.live.start(this.story.id());
		Long entry = this.live.file(this.story.id(),
				new news.dateline.live.LiveEntryDraft("Seúl: «profunda preocupación» — **ahora**", "Seúl", true));
		this.live.file(this.story.id(), new news.dateline.live.LiveEntryDraft("Segunda entrada 🗳", null, false));
		assertValid("/admin/live/" + this.story.id(), Role.AUTHOR);
		assertValid("/admin/live/entries/" + entry, Role.EDITOR);
		this.staff.signIn(Role.EDITOR);
		this.live.end(this.story.id());
		assertValid("/admin/live/" + this.story.id(), Role.EDITOR);
	}

	@Test
	void moderationQueueWithHeldCommentsIsValid() throws Exception {
		assertValid("/admin/comments", Role.EDITOR);
		assertValid("/admin/comments?status=approved", Role.EDITOR);
		assertValid("/admin/comments/" + this.held.id(), Role.EDITOR);
		assertValid("/admin/comments/blocks", Role.EDITOR);
	}

	@Test
	void newsroomDataPagesAreValid() throws Exception {
		for (String list : new String[] { "authors", "sections", "tags", "sources" }) {
			assertValid("/admin/" + list, Role.EDITOR);
		}
		assertValid("/admin/authors/new", Role.EDITOR);
		assertValid("/admin/sections/new", Role.EDITOR);
		assertValid("/admin/sources/new", Role.EDITOR);
		assertValid("/admin/front", Role.EDITOR);
	}

	@Test
	void importPageIsValidEmptyWhileAnImportRunsAndWithItsReport() throws Exception {
		assertValid("/admin/import", Role.ADMINISTRATOR);
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into import_job (id, file_name, state, running_slot, started_at, heartbeat_at, total_bytes,"
					+ " bytes_read, items_read, posts_imported, posts_already_there, comments_imported, comments_already_there,"
					+ " authors_created, sections_created, sources_created, skipped, repaired) values ('running-job', 'big & \"odd\".xml',"
					+ " 'RUNNING', 'import', ?, ?, 1000, 400, 5, 4, 0, 12, 0, 2, 1, 0, 1, 0)")
			.params(now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
			.update();
		assertValid("/admin/import?job=running-job", Role.ADMINISTRATOR);
		this.jdbc
			.sql("update import_job set state = 'FINISHED', running_slot = null, finished_at = ?, skipped = 2,"
					+ " repaired = 1 where id = 'running-job'")
			.param(now.atOffset(ZoneOffset.UTC))
			.update();
		this.jdbc
			.sql("insert into import_job_issue (job_id, position, outcome, line, entry, external_id, title, reason, detail)"
					+ " values ('running-job', 0, 'SKIPPED', 326, 'POST', '106', null, 'NO_TITLE', null),"
					+ " ('running-job', 1, 'REPAIRED', 397, 'POST', '109', 'Fish & <chips>', 'XML_REPAIRED', 'unescaped ''&'' escaped')")
			.update();
		assertValid("/admin/import?job=running-job", Role.ADMINISTRATOR);
	}

	@Test
	void mediaLibraryPagesAreValid() throws Exception {
		this.staff.signIn(Role.AUTHOR);
		Long id = this.media.upload(new MediaUpload("harbour <dawn>.jpg", TestImages.jpeg(900, 600),
				new MediaDetails("Fishing boats in \"Busan\" harbour", "Dawn & dusk", "AP")));
		TestStaff.signOut();
		assertValid("/admin/media", Role.CONTRIBUTOR);
		assertValid("/admin/media", Role.EDITOR);
		assertValid("/admin/media?q=busan", Role.EDITOR);
		assertValid("/admin/media?q=nothing-matches", Role.EDITOR);
		assertValid("/admin/media/new", Role.AUTHOR);
		assertValid("/admin/media/" + id, Role.EDITOR);
		assertValid("/admin/articles/new", Role.EDITOR);
		assertValid("/admin/articles/new?image=" + this.media.view(id).url(), Role.EDITOR);
	}

	@Test
	void administratorsPagesAreValid() throws Exception {
		assertValid("/admin/users", Role.ADMINISTRATOR);
		assertValid("/admin/users/new", Role.ADMINISTRATOR);
		assertValid("/admin/users/" + this.staff.account(Role.AUTHOR).id(), Role.ADMINISTRATOR);
		assertValid("/admin/audit", Role.ADMINISTRATOR);
		this.mailroom.send("staff-invitation", "zoë-" + System.nanoTime() + "@example.com",
				java.util.Map.of("name", "Zoë Ñúñez «모두» 🗞", "link", "https://example.org/set?token=1"));
		assertValid("/admin/mail", Role.ADMINISTRATOR);
		assertValid("/admin/settings/moderation", Role.ADMINISTRATOR);
		assertValid("/admin/search", Role.ADMINISTRATOR);
		assertValid("/admin/reports", Role.ADMINISTRATOR);
		assertValid("/admin/password", Role.CONTRIBUTOR);
		assertValid("/admin/newsletters", Role.ADMINISTRATOR);
	}

}
