package news.dateline.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.dateline.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Dateline nodes for the cluster tests, each a separate JVM with its own search
 * index, on one throw-away PostgreSQL database made for them on the PostgreSQL suite's
 * server. Node A loads the demo content and holds the first administrator; closing stops
 * both nodes and drops the database. Also the plain HTTP steps the tests take against a
 * node (a page, a form post, the CSRF token, signing in). Skipped outside the PostgreSQL
 * suite.
 */
final class TwoNodes implements AutoCloseable {

	private static final Duration START = Duration.ofSeconds(120);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** The administrator's sign-in address on node A. */
	final String email;

	/** The administrator's password, made for this run. */
	final String adminPassword = UUID.randomUUID().toString();

	private final String server;

	private final String database;

	private final String user;

	private final String password;

	private AppProcess a;

	private AppProcess b;

	private TwoNodes(String name, String url) {
		this.email = name + "-editor@example.com";
		this.user = System.getProperty("spring.datasource.username", "postgres");
		this.password = System.getProperty("spring.datasource.password", "");
		this.server = url.substring(0, url.lastIndexOf('/'));
		this.database = "dateline_" + name + "_" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Makes the database and starts both nodes with these settings on top of the common
	 * ones; logs go to {@code target/cluster-logs/<name>-node-a.log} and {@code -b}.
	 */
	static TwoNodes start(String name, Path work, String... settings) throws Exception {
		String url = System.getProperty("spring.datasource.url", "");
		assumeTrue(url.startsWith("jdbc:postgresql://"),
				"Two-node tests skipped: they run in the PostgreSQL suite (spring.datasource.url=jdbc:postgresql://...)");
		TwoNodes nodes = new TwoNodes(name, url);
		try (Connection admin = nodes.connect("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("create database " + nodes.database);
		}
		Path logs = Files.createDirectories(Path.of("target", "cluster-logs"));
		nodes.a = AppProcess.start(logs.resolve(name + "-node-a.log"), START, "/",
				nodes.arguments(work, "a", true, settings));
		nodes.b = AppProcess.start(logs.resolve(name + "-node-b.log"), START, "/",
				nodes.arguments(work, "b", false, settings));
		return nodes;
	}

	private String[] arguments(Path work, String node, boolean first, String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + this.server + "/" + this.database,
				"--spring.datasource.username=" + this.user, "--spring.datasource.password=" + this.password,
				"--dateline.demo.enabled=" + first, "--dateline.rate-limits.enabled=false",
				"--dateline.search.index-dir=" + work.resolve("index-" + node)));
		arguments.addAll(List.of(settings));
		if (first) {
			arguments.add("--dateline.admin.email=" + this.email);
			arguments.add("--dateline.admin.password=" + this.adminPassword);
		}
		return arguments.toArray(String[]::new);
	}

	AppProcess a() {
		return this.a;
	}

	AppProcess b() {
		return this.b;
	}

	/** A connection to the nodes' database, for checks on what they stored. */
	Connection connect() throws SQLException {
		return connect(this.database);
	}

	private Connection connect(String name) throws SQLException {
		return DriverManager.getConnection(this.server + "/" + name, this.user, this.password);
	}

	@Override
	public void close() throws Exception {
		if (this.b != null) {
			this.b.close();
		}
		if (this.a != null) {
			this.a.close();
		}
		try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + this.database + " with (force)");
		}
	}

	/** Signs the administrator in on node A with this client's cookie jar. */
	void signIn(HttpClient editor) throws IOException, InterruptedException {
		HttpResponse<String> page = get(editor, this.a, "/admin/login");
		HttpResponse<String> response = post(editor, this.a, "/admin/login",
				Map.of("email", this.email, "password", this.adminPassword, "_csrf", csrf(page.body())));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	/**
	 * An editor's browser: one cookie jar, used against both nodes as behind a load
	 * balancer, and redirects left to the test.
	 */
	static HttpClient editor() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the form: %s", page).isTrue();
		return matcher.group(1);
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static HttpResponse<String> get(HttpClient client, AppProcess node, String path)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(HttpClient client, AppProcess node, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(node.url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
