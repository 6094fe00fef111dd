package news.dateline.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import news.dateline.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static news.dateline.cluster.TwoNodes.csrf;
import static news.dateline.cluster.TwoNodes.get;

/**
 * Two Dateline nodes on one PostgreSQL database, each a separate JVM with its own search
 * index, as behind a load balancer: an editor's session is good on either node, what one
 * node publishes the other shows within seconds, a scheduled story is released exactly
 * once, and a comment posted on one node and approved on the other appears on both. Runs
 * in the PostgreSQL suite only.
 */
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTests {

	private static final Duration CATCH_UP = Duration.ofSeconds(20);

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final Pattern EDIT_LOCATION = Pattern.compile("/admin/articles/(\\d+)/edit");

	private static final String MARKER = "zephyrquartz" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");

	@TempDir
	static Path work;

	private TwoNodes nodes;

	private AppProcess nodeA;

	private AppProcess nodeB;

	private boolean signedIn;

	/**
	 * The editor form each story was created with, by id, to send again with its buttons.
	 */
	private final Map<Long, Map<String, String>> forms = new LinkedHashMap<>();

	/**
	 * The editor's browser: one cookie jar, used against both nodes as a load balancer
	 * would.
	 */
	private final HttpClient editor = TwoNodes.editor();

	/** A reader: no cookies. */
	private final HttpClient reader = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	void startTwoNodes() throws Exception {
		this.nodes = TwoNodes.start("cluster", work, "--dateline.editorial.release-interval=PT1S",
				"--dateline.changes.poll-interval=1s", "--dateline.comments.minimum-time-on-page=0s",
				"--dateline.comments.flood-gap=0s",
				// the schedule form's time is read in the site's zone; the test writes it
				// in UTC
				"--dateline.site.time-zone=UTC");
		this.nodeA = this.nodes.a();
		this.nodeB = this.nodes.b();
	}

	@AfterAll
	void stopAndDropDatabase() throws Exception {
		if (this.nodes != null) {
			this.nodes.close();
		}
	}

	@Test
	@Order(1)
	void anEditorSignedInOnOneNodeKeepsWorkingOnTheOther() throws Exception {
		signIn();
		HttpResponse<String> dashboard = get(this.editor, this.nodeB, "/admin");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).doesNotContain("name=\"password\"").contains("action=\"/admin/logout\"");
	}

	@Test
	@Order(2)
	void aStoryPublishedOnOneNodeAppearsOnTheOthersHomePageSearchAndFeed() throws Exception {
		signIn();
		String headline = "Harbour bridge reopens " + MARKER;
		long id = create(headline, "harbour-bridge-" + MARKER);
		HttpResponse<String> published = move(this.nodeA, id, "publish", Map.of());
		assertThat(published.statusCode()).isEqualTo(302);
		awaitOn(this.nodeB, "/", (page) -> page.contains(headline));
		// the results page marks the matched word inside the headline: compare the text a
		// reader sees
		awaitOn(this.nodeB, "/search?q=" + MARKER, (page) -> text(page).contains(headline));
		awaitOn(this.nodeB, "/feed.atom", (page) -> page.contains(headline));
	}

	@Test
	@Order(3)
	void aScheduledStoryIsReleasedExactlyOnceAcrossBothNodes() throws Exception {
		signIn();
		String headline = "Tide tables revised " + MARKER;
		long id = create(headline, "tide-tables-" + MARKER);
		String at = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> scheduled = move(this.nodeA, id, "schedule", Map.of("scheduleAt", at));
		assertThat(scheduled.statusCode()).isEqualTo(302);
		assertThat(publishedAt(id)).isNull();
		awaitOn(this.nodeA, "/", (page) -> page.contains(headline));
		awaitOn(this.nodeB, "/", (page) -> page.contains(headline));
		assertThat(publishedAt(id)).isNotNull();
		assertThat(releases(id)).isEqualTo(1);
	}

	@Test
	@Order(4)
	void aCommentPostedOnOneNodeAndApprovedOnTheOtherAppearsOnBoth() throws Exception {
		signIn();
		String slug = "quay-lights-" + MARKER;
		long id = create("Quay lights restored " + MARKER, slug);
		assertThat(move(this.nodeA, id, "publish", Map.of()).statusCode()).isEqualTo(302);
		String articlePath = "/articles/" + slug;
		String page = awaitOn(this.nodeB, articlePath, (body) -> TOKEN.matcher(body).find());
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).isTrue();
		String text = "Glad the lights are back " + MARKER;
		HttpResponse<String> posted = TwoNodes.post(this.reader, this.nodeB, articlePath + "/comments",
				Map.of("comment", text, "author", "Harbour Reader", "email", "reader-" + MARKER + "@example.com", "url",
						"", "token", token.group(1)));
		assertThat(posted.statusCode()).isEqualTo(302);
		long comment = commentId(text);
		assertThat(commentStatus(comment)).isEqualTo("PENDING");
		assertThat(get(this.reader, this.nodeB, articlePath).body()).doesNotContain(text);
		assertThat(postAsEditor(this.nodeA, "/admin/comments/" + comment + "/approve", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(commentStatus(comment)).isEqualTo("APPROVED");
		awaitOn(this.nodeA, articlePath, (body) -> body.contains(text));
		awaitOn(this.nodeB, articlePath, (body) -> body.contains(text));
	}

	@Test
	@Order(5)
	void eachNodeReportsTheNewsroomMetricsForPrometheus() throws Exception {
		HttpResponse<String> scrape = this.reader.send(
				HttpRequest.newBuilder(URI.create(this.nodeA.managementUrl("/actuator/prometheus"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("dateline_comments_posted_total{", "status=\"pending\"",
				"dateline_comments_pending{", "dateline_articles_published_total{", "by=\"release\"",
				"dateline_search_seconds_count{", "http_server_requests_seconds_count{");
		assertThat(this.reader
			.send(HttpRequest.newBuilder(URI.create(this.nodeB.managementUrl("/actuator/health/readiness"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
	}

	/** Signs the editor in on node A, once for the whole class. */
	private void signIn() throws IOException, InterruptedException {
		if (this.signedIn) {
			return;
		}
		this.nodes.signIn(this.editor);
		this.signedIn = true;
	}

	/**
	 * Creates a story ready for publication through node A's editor form and answers its
	 * id.
	 */
	private long create(String headline, String slug) throws IOException, InterruptedException {
		String blank = get(this.editor, this.nodeA, "/admin/articles/new").body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("headline", headline);
		form.put("deck", "What changed on the waterfront today.");
		form.put("datelineCity", "Lisbon");
		form.put("datelineCountry", "Portugal");
		form.put("body", "The " + MARKER + " story, told in full.");
		form.put("sectionSlug", firstOption(blank, "sectionSlug"));
		form.put("tags", "");
		form.put("bylines", firstOption(blank, "bylines"));
		form.put("sources", firstOption(blank, "sources"));
		form.put("slug", slug);
		form.put("commentsOpen", "true");
		form.put("version", "");
		form.put("_csrf", csrf(blank));
		HttpResponse<String> created = TwoNodes.post(this.editor, this.nodeA, "/admin/articles", form);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Matcher location = EDIT_LOCATION.matcher(created.headers().firstValue("Location").orElse(""));
		assertThat(location.find()).isTrue();
		long id = Long.parseLong(location.group(1));
		form.remove("_csrf");
		this.forms.put(id, form);
		return id;
	}

	/**
	 * Presses a workflow button of the story's editor page on the node: like the browser,
	 * it sends the whole editor form (as created, at the version the page shows) with the
	 * button's own fields.
	 */
	private HttpResponse<String> move(AppProcess node, long id, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		HttpResponse<String> page = get(this.editor, node, "/admin/articles/" + id + "/edit");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		Matcher version = VERSION.matcher(page.body());
		assertThat(version.find()).as("the editor page names its version").isTrue();
		Map<String, String> form = new LinkedHashMap<>(this.forms.get(id));
		form.put("version", version.group(1));
		form.putAll(fields);
		form.put("_csrf", csrf(page.body()));
		HttpResponse<String> response = TwoNodes.post(this.editor, node, "/admin/articles/" + id + "/" + action, form);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response;
	}

	/**
	 * Posts an admin form with the session's CSRF token, read from the dashboard's
	 * sign-out form.
	 */
	private HttpResponse<String> postAsEditor(AppProcess node, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		HttpResponse<String> page = get(this.editor, node, "/admin");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		form.put("_csrf", csrf(page.body()));
		return TwoNodes.post(this.editor, node, path, form);
	}

	private String awaitOn(AppProcess node, String path, Predicate<String> shown)
			throws IOException, InterruptedException {
		Instant until = Instant.now().plus(CATCH_UP);
		String body = "";
		while (Instant.now().isBefore(until)) {
			HttpResponse<String> response = get(this.reader, node, path);
			body = response.body();
			if (response.statusCode() == 200 && shown.test(body)) {
				return body;
			}
			Thread.sleep(250);
		}
		throw new AssertionError(path + " did not show the change within " + CATCH_UP + ": "
				+ body.substring(0, Math.min(body.length(), 300)));
	}

	/** A page's text without its tags. */
	private static String text(String page) {
		return page.replaceAll("<[^>]+>", "");
	}

	private static String firstOption(String page, String select) {
		Matcher matcher = Pattern
			.compile("name=\"" + select + "\"[^>]*>\\s*<option value=\"\"[^<]*</option>\\s*"
					+ "<option value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(matcher.find()).as("the editor offers a choice for %s", select).isTrue();
		return matcher.group(1);
	}

	private Object publishedAt(long id) throws Exception {
		return single("select published_at from article where id = ?", id);
	}

	private long releases(long id) throws Exception {
		return ((Number) single("select count(*) from audit_event where action = 'article.release' and subject_id = ?",
				String.valueOf(id)))
			.longValue();
	}

	private long commentId(String text) throws Exception {
		return ((Number) single("select id from comment where body like ?", "%" + text + "%")).longValue();
	}

	private String commentStatus(long id) throws Exception {
		return (String) single("select status from comment where id = ?", id);
	}

	private Object single(String sql, Object parameter) throws Exception {
		try (Connection connection = this.nodes.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (ResultSet result = statement.executeQuery()) {
				assertThat(result.next()).as(sql).isTrue();
				return result.getObject(1);
			}
		}
	}

}
