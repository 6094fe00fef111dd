package news.dateline.quality;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.persistence.EntityManager;

import news.dateline.comment.CommentService;
import news.dateline.comment.Commenter;
import news.dateline.comment.NewComment;
import news.dateline.security.Role;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every field of the main admin forms, every id in an admin path and every admin query
 * parameter gets the hostile input of {@link PublicInputFuzzTests#PAYLOADS}, posted by a
 * real signed-in member with the CSRF token: no answer is a 5xx, none shows a stack trace
 * or SQL, no payload comes back unescaped, and what a refused request touched stays as it
 * was. Without the token, or from a role that may not, the admin's writes are refused
 * with 403 and change nothing.
 */
@DatabaseTest
class AdminInputFuzzTests {

	static final List<String> LEAKS = List.of("Exception", "\tat ", "org.hibernate", "org.springframework", "java.lang",
			"SQL", "jdbc", "Whitelabel");

	private static final List<String> IDS = List.of("abc", "-1", "0", "99999999999999999999999", "9223372036854775807",
			"1.5", "%00", "' OR '1'='1");

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
	EntityManager entityManager;

	RequestPostProcessor editor;

	RequestPostProcessor administrator;

	Story story;

	SectionView section;

	String source;

	String authorSlug;

	String sectionSlug;

	long authorId;

	long sectionId;

	long sourceId;

	long tagId;

	long commentId;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.editor = AdminPagesValidityTests.as(this.staff.account(Role.EDITOR));
		this.administrator = AdminPagesValidityTests.as(this.staff.account(Role.ADMINISTRATOR));
		this.section = this.data.section("World");
		this.sectionSlug = this.section.slug();
		this.authorSlug = this.data.author("Tarun Kumar", "news");
		this.source = this.data.wire("AP");
		this.story = this.data.story("Pact alarms Seoul", this.section, this.authorSlug, List.of(this.source),
				Duration.ofHours(1), "pact");
		this.commentId = this.comments
			.submit(new NewComment(this.story.id(), null,
					new Commenter("New Reader", TestData.unique("reader") + "@example.com", null,
							TestData.unique("ip")),
					"A held comment", false, Duration.ofSeconds(30)))
			.id();
		this.authorId = id("author", this.authorSlug);
		this.sectionId = id("section", this.sectionSlug);
		this.sourceId = id("source", this.source);
		this.tagId = id("tag", "pact");
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private long id(String table, String slug) {
		return this.jdbc.sql("select id from " + table + " where slug = ?").param(slug).query(Long.class).single();
	}

	/** Every row the test made, as text: what a refused request must leave alone. */
	private Map<String, List<String>> snapshot() {
		this.entityManager.flush();
		return Map.of("article",
				rows("select id || '|' || slug || '|' || headline || '|' || version || '|' || status"
						+ " || '|' || coalesce(deck, '') || '|' || coalesce(cast(release_at as varchar(40)), '')"
						+ " from article order by id"),
				"correction", rows("select id || '|' || note from article_correction order by id"), "comment",
				rows("select id || '|' || status || '|' || body from comment order by id"), "author",
				rows("select id || '|' || name || '|' || slug || '|' || coalesce(bio, '') from author order by id"),
				"section", rows("select id || '|' || name || '|' || slug || '|' || position from section order by id"),
				"tag", rows("select id || '|' || name || '|' || slug from tag order by id"), "source",
				rows("select id || '|' || name || '|' || slug || '|' || kind from source order by id"), "staff",
				rows("select id || '|' || email || '|' || display_name || '|' || role from staff_user order by id"));
	}

	private List<String> rows(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

	private MvcResult assertSafe(MockHttpServletRequestBuilder request, String payload) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String what = request.buildRequest(new MockServletContext()).getMethod() + " "
				+ request.buildRequest(new MockServletContext()).getRequestURI() + " with "
				+ payload.substring(0, Math.min(payload.length(), 40));
		assertThat(status).as(what).isLessThan(500);
		for (String leak : LEAKS) {
			if (!payload.contains(leak)) {
				assertThat(PublicInputFuzzTests.withoutTokens(body)).as(what).doesNotContain(leak);
			}
		}
		if (payload.contains("<") || payload.contains("\"")) {
			assertThat(body).as(what).doesNotContain(payload);
		}
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as(what)
			.noneSatisfy((cookie) -> assertThat(cookie).contains("evil"));
		return result;
	}

	/**
	 * Posts the form with the payload in one field; where it is refused, nothing stored
	 * changes.
	 */
	private void assertRefusedOrStored(MockHttpServletRequestBuilder request, String payload) throws Exception {
		Map<String, List<String>> before = snapshot();
		MvcResult result = assertSafe(request.with(csrf()), payload);
		if (result.getResponse().getStatus() >= 400) {
			assertThat(snapshot())
				.as("stored rows after a refused post with %s", payload.substring(0, Math.min(payload.length(), 40)))
				.isEqualTo(before);
		}
	}

	private long articleVersion() {
		this.entityManager.flush();
		return this.jdbc.sql("select version from article where id = ?")
			.param(this.story.id())
			.query(Long.class)
			.single();
	}

	/** The article form's fields, every one filled in with a good value. */
	private Map<String, String> articleFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("headline", "A fine headline");
		fields.put("deck", "A deck");
		fields.put("body", "Some body text.");
		fields.put("sectionSlug", this.sectionSlug);
		fields.put("bylines", this.authorSlug);
		fields.put("tags", "pact");
		fields.put("commentsOpen", "true");
		return fields;
	}

	/**
	 * Posts the fields once each, with the payload in place of (not beside) the one
	 * field's value.
	 */
	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields,
			String field, String payload) {
		Map<String, String> values = new LinkedHashMap<>(fields);
		values.put(field, payload);
		values.forEach(request::param);
		return request;
	}

	@Test
	void articleFormsRefuseOrEscapeHostileInputInEveryField() throws Exception {
		String[] fields = { "headline", "deck", "datelineCity", "datelineCountry", "body", "sectionSlug", "tags",
				"bylines", "sources", "slug", "seoTitle", "seoDescription", "imageUrl", "imageAlt", "imageCaption",
				"imageCredit", "commentsOpen", "version" };
		for (String payload : PublicInputFuzzTests.PAYLOADS) {
			for (String field : fields) {
				assertRefusedOrStored(form(post("/admin/articles").with(this.editor), articleFields(), field, payload),
						payload);
				Map<String, String> update = articleFields();
				update.put("version", String.valueOf(articleVersion()));
				assertRefusedOrStored(
						form(post("/admin/articles/" + this.story.id()).with(this.editor), update, field, payload),
						payload);
			}
		}
	}

	@Test
	void workflowFormsRefuseOrEscapeHostileInput() throws Exception {
		String path = "/admin/articles/" + this.story.id();
		for (String payload : PublicInputFuzzTests.PAYLOADS) {
			assertRefusedOrStored(post(path + "/schedule").with(this.editor).param("at", payload), payload);
			assertRefusedOrStored(post(path + "/embargo").with(this.editor).param("at", payload), payload);
			// Corrections go to a story of their own for each payload: the editor page
			// (the answer to a
			// refused post) lists a story's corrections, and an earlier payload stored
			// there as a note
			// (escaped, as it should be) would read as a leak in the answer to a later
			// one.
			String corrected = "/admin/articles/" + this.data
				.story("Corrected " + TestData.unique("story"), this.section, this.authorSlug, List.of(this.source),
						Duration.ofHours(1))
				.id();
			assertRefusedOrStored(
					post(corrected + "/corrections").with(this.editor).param("kind", payload).param("note", "A note"),
					payload);
			assertRefusedOrStored(post(corrected + "/corrections").with(this.editor)
				.param("kind", "CORRECTION")
				.param("note", payload), payload);
			assertRefusedOrStored(post(path + "/revisions/1/restore").with(this.editor).param("version", payload),
					payload);
			assertSafe(get(path + "/revisions/diff").with(this.editor).param("from", payload).param("to", "1"),
					payload);
		}
		for (String id : IDS) {
			for (String action : List.of("submit", "return", "publish", "unpublish", "edit", "revisions")) {
				assertRefusedOrStored(post("/admin/articles/{id}/" + action, id).with(this.editor), id);
				assertSafe(get("/admin/articles/{id}/" + action, id).with(this.editor), id);
			}
			assertRefusedOrStored(
					post("/admin/articles/{id}/schedule", id).with(this.editor).param("at", "2030-01-01T10:00"), id);
		}
	}

	@Test
	void newsroomDataFormsRefuseOrEscapeHostileInput() throws Exception {
		Map<String, Map<String, String>> forms = Map.of("authors",
				Map.of("name", "Ana Lee", "slug", "", "bio", "", "photoUrl", "", "beats", "", "links", "", "version",
						"0"),
				"sections", Map.of("name", "Opinion", "slug", "", "description", "", "position", "3", "version", "0"),
				"sources", Map.of("name", "Reuters", "slug", "", "kind", "WIRE", "url", "", "attributionTemplate",
						"With information from {name}", "version", "0"));
		Map<String, Long> existing = Map.of("authors", this.authorId, "sections", this.sectionId, "sources",
				this.sourceId);
		for (String payload : PublicInputFuzzTests.PAYLOADS) {
			for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
				for (String field : form.getValue().keySet()) {
					for (String path : List.of("/admin/" + form.getKey(),
							"/admin/" + form.getKey() + "/" + existing.get(form.getKey()))) {
						assertRefusedOrStored(form(post(path).with(this.editor), form.getValue(), field, payload),
								payload);
					}
				}
			}
			assertRefusedOrStored(post("/admin/tags/" + this.tagId).with(this.editor)
				.param("name", payload)
				.param("slug", "pact")
				.param("version", "0"), payload);
			assertRefusedOrStored(post("/admin/tags/" + this.tagId).with(this.editor)
				.param("name", "Pact")
				.param("slug", payload)
				.param("version", "0"), payload);
			assertRefusedOrStored(post("/admin/tags/" + this.tagId + "/merge").with(this.editor).param("into", payload),
					payload);
		}
		for (String id : IDS) {
			for (String list : List.of("authors", "sections", "sources", "tags")) {
				assertSafe(get("/admin/" + list + "/{id}", id).with(this.editor), id);
				assertRefusedOrStored(
						post("/admin/" + list + "/{id}", id).with(this.editor).param("name", "X").param("version", "0"),
						id);
			}
		}
	}

	@Test
	void userFormsRefuseOrEscapeHostileInput() throws Exception {
		long member = this.staff.account(Role.AUTHOR).id();
		String[] fields = { "email", "displayName", "role", "password", "authorId" };
		for (String payload : PublicInputFuzzTests.PAYLOADS) {
			for (String field : fields) {
				MockHttpServletRequestBuilder request = post("/admin/users").with(this.administrator)
					.param("email", TestData.unique("new") + "@example.com")
					.param("displayName", "New Member")
					.param("role", "CONTRIBUTOR")
					.param("password", "a long enough password for this")
					.param(field, payload);
				assertRefusedOrStored(request, payload);
			}
			assertRefusedOrStored(
					post("/admin/users/" + member + "/role").with(this.administrator).param("role", payload), payload);
			assertRefusedOrStored(post("/admin/users/" + member + "/profile").with(this.administrator)
				.param("displayName", payload)
				.param("email", payload), payload);
		}
		for (String id : IDS) {
			assertSafe(get("/admin/users/{id}", id).with(this.administrator), id);
			for (String action : List.of("enable", "disable", "unlock", "role")) {
				assertRefusedOrStored(
						post("/admin/users/{id}/" + action, id).with(this.administrator).param("role", "EDITOR"), id);
			}
		}
	}

	@Test
	void moderationActionsRefuseOrEscapeHostileInput() throws Exception {
		String comment = "/admin/comments/" + this.commentId;
		for (String payload : PublicInputFuzzTests.PAYLOADS) {
			assertRefusedOrStored(post(comment + "/edit").with(this.editor).param("body", payload), payload);
			assertRefusedOrStored(post(comment + "/reply").with(this.editor).param("reply", payload), payload);
			assertRefusedOrStored(post(comment + "/block").with(this.editor).param("kind", payload), payload);
			assertRefusedOrStored(post(comment + "/approve").with(this.editor).param("status", payload), payload);
			assertRefusedOrStored(post("/admin/comments/{id}/{action}", this.commentId, payload).with(this.editor),
					payload);
			assertRefusedOrStored(
					post("/admin/comments/bulk").with(this.editor).param("ids", payload).param("action", "approve"),
					payload);
			assertRefusedOrStored(post("/admin/comments/bulk").with(this.editor)
				.param("ids", String.valueOf(this.commentId))
				.param("action", payload), payload);
			assertSafe(get("/admin/comments").with(this.editor).param("status", payload), payload);
			assertSafe(get("/admin/comments").with(this.editor).param("before", payload), payload);
			assertSafe(get("/admin/articles").with(this.editor).param("status", payload), payload);
			assertSafe(get("/admin/articles").with(this.editor).param("page", payload), payload);
			assertSafe(get("/admin/audit").with(this.administrator).param("before", payload), payload);
		}
		for (String id : IDS) {
			assertSafe(get("/admin/comments/{id}", id).with(this.editor), id);
			for (String action : List.of("approve", "spam", "trash", "edit", "reply", "block")) {
				assertRefusedOrStored(post("/admin/comments/{id}/" + action, id).with(this.editor)
					.param("body", "Text")
					.param("reply", "Text")
					.param("kind", "EMAIL"), id);
			}
			assertRefusedOrStored(post("/admin/comments/blocks/{id}/delete", id).with(this.editor), id);
		}
	}

	@Test
	void adminPostsWithoutTheCsrfTokenAreRefused() throws Exception {
		Map<String, List<String>> before = snapshot();
		String article = "/admin/articles/" + this.story.id();
		for (MockHttpServletRequestBuilder request : List.of(post("/admin/articles").param("headline", "Forged"),
				post(article + "/publish"), post(article + "/unpublish"),
				post(article + "/corrections").param("kind", "CORRECTION").param("note", "Forged"),
				post("/admin/comments/" + this.commentId + "/approve"),
				post("/admin/comments/" + this.commentId + "/edit").param("body", "Forged"),
				post("/admin/authors").param("name", "Forged"), post("/admin/sections").param("name", "Forged"),
				post("/admin/users").param("email", "forged@example.com"))) {
			RequestPostProcessor who = request.buildRequest(new MockServletContext())
				.getRequestURI()
				.startsWith("/admin/users") ? this.administrator : this.editor;
			assertThat(this.mvc.perform(request.with(who)).andReturn().getResponse().getStatus()).isEqualTo(403);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void contributorsCannotCraftEditorsPosts() throws Exception {
		RequestPostProcessor contributor = AdminPagesValidityTests.as(this.staff.account(Role.CONTRIBUTOR));
		Map<String, List<String>> before = snapshot();
		String article = "/admin/articles/" + this.story.id();
		for (MockHttpServletRequestBuilder request : List.of(post(article + "/publish"), post(article + "/unpublish"),
				post(article + "/schedule").param("at", "2030-01-01T10:00"),
				post(article + "/corrections").param("kind", "CORRECTION").param("note", "Forged"),
				post("/admin/comments/" + this.commentId + "/approve"),
				post("/admin/comments/" + this.commentId + "/edit").param("body", "Forged"),
				post("/admin/comments/bulk").param("ids", String.valueOf(this.commentId)).param("action", "spam"),
				post("/admin/authors").param("name", "Forged").param("version", "0"),
				post("/admin/sections").param("name", "Forged").param("position", "1").param("version", "0"),
				post("/admin/sources/" + this.sourceId).param("name", "Forged")
					.param("kind", "WIRE")
					.param("attributionTemplate", "x")
					.param("version", "0"),
				post("/admin/tags/" + this.tagId).param("name", "Forged").param("version", "0"),
				post("/admin/users").param("email", "forged@example.com")
					.param("displayName", "F")
					.param("role", "ADMINISTRATOR")
					.param("password", "a long enough password for this"))) {
			String what = request.buildRequest(new MockServletContext()).getRequestURI();
			assertThat(this.mvc.perform(request.with(contributor).with(csrf())).andReturn().getResponse().getStatus())
				.as(what)
				.isEqualTo(403);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

}
