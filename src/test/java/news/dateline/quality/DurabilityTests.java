package news.dateline.quality;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dateline.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Nothing a commenter was told is saved may disappear: comments posted by many clients at
 * once are all stored once with the thread intact, and every acknowledged comment
 * survives {@code kill -9} of the server, on the H2 file database and on PostgreSQL. Runs
 * Dateline as a separate process.
 */
class DurabilityTests {

	static final String SAMPLE = "/articles/military-agreement-between-russia-and-north-korea-triggers-global-alerts";

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern ANCHOR = Pattern.compile("#comment-(\\d+)$");

	private static final Pattern COMMENT_ID = Pattern.compile("<li id=\"comment-(\\d+)\"");

	private static final Duration START = Duration.ofSeconds(90);

	@TempDir
	Path work;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String[] arguments(String databaseUrl, String user) {
		return new String[] { "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + System.getProperty("spring.datasource.password", ""),
				"--dateline.demo.enabled=true", "--dateline.comments.flood-gap=0s",
				"--dateline.comments.minimum-time-on-page=0s", "--dateline.comments.hold-first-time-commenters=false",
				"--dateline.rate-limits.enabled=false", "--dateline.search.index-dir=" + this.work.resolve("index") };
	}

	private String h2Url() {
		return "jdbc:h2:file:" + this.work.resolve("db/dateline") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
	}

	@Test
	void hundredConcurrentCommentersAreAllStoredOnceWithTheThreadIntact() throws Exception {
		try (AppProcess app = AppProcess.start(this.work.resolve("app.log"), START, SAMPLE, arguments(h2Url(), "sa"))) {
			String token = token(app);
			List<Long> accepted = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger serverErrors = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(100);
			List<Future<?>> done = new ArrayList<>();
			for (int client = 0; client < 100; client++) {
				int number = client;
				done.add(clients.submit(() -> {
					for (int i = 0; i < 10; i++) {
						Long parent = (accepted.isEmpty() || i % 3 == 0) ? null
								: accepted.get((number * 7 + i) % accepted.size());
						HttpResponse<String> response = post(app, token, "Commenter " + number,
								"c" + number + "@example.com", "Comment " + i + " from client " + number, parent);
						if (response.statusCode() >= 500) {
							serverErrors.incrementAndGet();
						}
						acknowledged(response).ifPresent(accepted::add);
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
			clients.shutdown();
			assertThat(serverErrors).hasValue(0);
			assertThat(accepted).hasSize(1000).doesNotHaveDuplicates();
			Map<Long, Integer> onPage = commentsOnPage(app);
			assertThat(onPage.keySet()).containsAll(accepted);
			assertThat(onPage.values()).allMatch((count) -> count == 1);
		}
	}

	@Test
	void everyAcknowledgedCommentSurvivesKillDashNineOnH2() throws Exception {
		survivesKill(h2Url(), "sa");
	}

	@Test
	@Tag("database")
	void everyAcknowledgedCommentSurvivesKillDashNineOnPostgres() throws Exception {
		String url = System.getProperty("spring.datasource.url", "");
		assumeTrue(url.startsWith("jdbc:postgresql://"),
				"PostgreSQL durability test skipped: runs in the PostgreSQL suite");
		String user = System.getProperty("spring.datasource.username", "postgres");
		String password = System.getProperty("spring.datasource.password", "");
		String database = "dateline_durability_" + UUID.randomUUID().toString().substring(0, 8);
		String server = url.substring(0, url.lastIndexOf('/'));
		try (Connection admin = DriverManager.getConnection(server + "/postgres", user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + database);
		}
		try {
			survivesKill(server + "/" + database, user);
		}
		finally {
			try (Connection admin = DriverManager.getConnection(server + "/postgres", user, password);
					Statement statement = admin.createStatement()) {
				statement.execute("drop database if exists " + database + " with (force)");
			}
		}
	}

	private void survivesKill(String databaseUrl, String user) throws Exception {
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		AppProcess app = AppProcess.start(this.work.resolve("app.log"), START, SAMPLE, arguments(databaseUrl, user));
		try {
			String token = token(app);
			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService clients = Executors.newFixedThreadPool(16);
			Instant stopBy = Instant.now().plus(Duration.ofSeconds(60));
			for (int client = 0; client < 16; client++) {
				int number = client;
				clients.submit(() -> {
					for (int i = 0; running.get() && Instant.now().isBefore(stopBy); i++) {
						try {
							acknowledged(post(app, token, "Writer " + number, "w" + number + "@example.com",
									"Kept " + i + " by " + number, null))
								.ifPresent(acknowledged::add);
						}
						catch (IOException | InterruptedException ex) {
							return null; // the server is gone: nothing after this was
											// acknowledged
						}
					}
					return null;
				});
			}
			Instant until = Instant.now().plus(Duration.ofSeconds(30));
			while (acknowledged.size() < 300 && Instant.now().isBefore(until)) {
				Thread.sleep(20);
			}
			app.kill();
			running.set(false);
			clients.shutdown();
			clients.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		finally {
			app.close();
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(100);
		try (AppProcess restarted = AppProcess.start(this.work.resolve("app-restarted.log"), START, SAMPLE,
				arguments(databaseUrl, user))) {
			Map<Long, Integer> onPage = commentsOnPage(restarted);
			assertThat(onPage.keySet()).containsAll(acknowledged);
			assertThat(onPage.values()).allMatch((count) -> count == 1);
		}
	}

	private String token(AppProcess app) throws IOException, InterruptedException {
		String page = this.http
			.send(HttpRequest.newBuilder(URI.create(app.url(SAMPLE))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find())
			.as("the sample article has a reply form: %s", page.substring(0, Math.min(page.length(), 300)))
			.isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> post(AppProcess app, String token, String name, String email, String body, Long parent)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("comment", body);
		form.put("author", name);
		form.put("email", email);
		form.put("url", "");
		form.put("token", token);
		if (parent != null) {
			form.put("parentId", parent.toString());
		}
		String encoded = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(app.url(SAMPLE + "/comments")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(encoded))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The comment id of a post the server acknowledged with a redirect to the new
	 * comment.
	 */
	private static java.util.Optional<Long> acknowledged(HttpResponse<String> response) {
		if (response.statusCode() != 302) {
			return java.util.Optional.empty();
		}
		Matcher matcher = ANCHOR.matcher(response.headers().firstValue("Location").orElse(""));
		return matcher.find() ? java.util.Optional.of(Long.valueOf(matcher.group(1))) : java.util.Optional.empty();
	}

	/** How often each comment id appears in the thread of the sample article. */
	private Map<Long, Integer> commentsOnPage(AppProcess app) throws IOException, InterruptedException {
		String page = this.http
			.send(HttpRequest.newBuilder(URI.create(app.url(SAMPLE))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Map<Long, Integer> counts = new LinkedHashMap<>();
		Matcher matcher = COMMENT_ID.matcher(page);
		while (matcher.find()) {
			counts.merge(Long.valueOf(matcher.group(1)), 1, Integer::sum);
		}
		return counts;
	}

}
