package news.dateline.quality;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a day on the site puts through the server that must never reach a log line: a
 * staff member signs in with a wrong and then the right password, changes it and works in
 * the admin; a reader posts a comment with their email address. Driven over real HTTP
 * with cookies; every password, session cookie (and the session id inside it), CSRF token
 * and the commenter's email is kept in {@link #secrets()} for the test to look for in the
 * logs.
 */
final class SecretsJourney {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern COMMENT_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final Set<String> secrets = new LinkedHashSet<>();

	SecretsJourney(String baseUrl) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Everything secret that went through the server. */
	Set<String> secrets() {
		return Set.copyOf(this.secrets);
	}

	/** Signs in wrongly, then rightly, changes the password and opens admin pages. */
	void staffMember(String email, String password) throws IOException, InterruptedException {
		String wrong = "Wrong-" + TestData.unique("password");
		String changed = "Changed-" + TestData.unique("password");
		this.secrets.add(wrong);
		this.secrets.add(password);
		this.secrets.add(changed);
		String token = csrf(get("/admin/login"));
		HttpResponse<String> refused = post("/admin/login", Map.of("email", email, "password", wrong, "_csrf", token));
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("error"));
		token = csrf(get("/admin/login?error"));
		HttpResponse<String> signedIn = post("/admin/login",
				Map.of("email", email, "password", password, "_csrf", token));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		token = csrf(get("/admin/password"));
		HttpResponse<String> change = post("/admin/password", Map.of("currentPassword", password, "newPassword",
				changed, "newPasswordAgain", changed, "_csrf", token));
		assertThat(change.statusCode()).as("password change").isEqualTo(302);
		for (String page : new String[] { "/admin", "/admin/users", "/admin/audit", "/admin/comments",
				"/admin/import" }) {
			assertThat(get(page).statusCode()).as(page).isEqualTo(200);
		}
		rememberCookies();
	}

	/**
	 * Posts a comment on the story with a fresh email address; {@code beforePosting} may
	 * move time on.
	 */
	void commenter(String articlePath, Runnable beforePosting) throws IOException, InterruptedException {
		String email = TestData.unique("reader") + "@example.net";
		this.secrets.add(email);
		Matcher token = COMMENT_TOKEN.matcher(get(articlePath).body());
		assertThat(token.find()).as("the story has a reply form").isTrue();
		beforePosting.run();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("comment", "A reader's comment about the story.");
		form.put("author", "Rosa Reader");
		form.put("email", email);
		form.put("url", "");
		form.put("homepage", "");
		form.put("token", token.group(1));
		HttpResponse<String> posted = send(HttpRequest.newBuilder(uri(articlePath + "/comments"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", this.baseUrl)
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
		assertThat(posted.statusCode()).as("comment posted: %s", posted.body()).isBetween(200, 399);
		rememberCookies();
	}

	/**
	 * The lines of the log that hold a secret, each secret shown as {@code [SECRET]};
	 * empty when none does.
	 */
	java.util.List<String> linesWithSecrets(String log) {
		return log.lines().filter((line) -> this.secrets.stream().anyMatch(line::contains)).map((line) -> {
			String masked = line;
			for (String secret : this.secrets) {
				masked = masked.replace(secret, "[SECRET]");
			}
			return (masked.length() > 400) ? masked.substring(0, 400) + "..." : masked;
		}).toList();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		rememberCookies();
		return response;
	}

	private String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token on %s", page.uri()).isTrue();
		this.secrets.add(matcher.group(1));
		return matcher.group(1);
	}

	/**
	 * Every cookie value seen, and what a Base64 session cookie holds (the session id
	 * itself).
	 */
	private void rememberCookies() {
		for (HttpCookie cookie : this.cookies.getCookieStore().getCookies()) {
			String value = cookie.getValue();
			if (value.length() < 8) {
				continue;
			}
			this.secrets.add(value);
			try {
				String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
				if (decoded.length() >= 8) {
					this.secrets.add(decoded);
				}
			}
			catch (IllegalArgumentException ex) {
				// not Base64: the value itself is what a log must not show
			}
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
