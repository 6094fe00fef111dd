package news.dateline.quality;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dateline.support.AppProcess;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin import's size limit on a real server, where Tomcat receives the upload: with
 * {@code dateline.import.max-size} at 10 KB, an export under it starts an import, and one
 * over it is refused with 413 and a page that says the file is too large, never an error
 * about the form.
 */
class ImportUploadLimitTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path work;

	final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void refusesAnUploadOverTheLimitWithAPageThatSaysSo() throws Exception {
		String email = TestData.unique("admin") + "@example.com";
		String password = "Limit-" + TestData.unique("password");
		Path log = this.work.resolve("app.log");
		try (AppProcess app = AppProcess.start(log, Duration.ofSeconds(120), "/",
				"--spring.datasource.url=jdbc:h2:mem:upload-limit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--dateline.demo.enabled=false", "--dateline.admin.email=" + email,
				"--dateline.admin.password=" + password, "--dateline.search.index-dir=memory",
				"--dateline.import.max-size=10KB", "--logging.level.news.dateline.user=INFO")) {
			AppProcess.awaitLog(log, "Created the first Administrator", Duration.ofSeconds(60));
			String token = csrf(get(app, "/admin/login"));
			HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(app.url("/admin/login")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("email=" + email.replace("@", "%40") + "&password=" + password + "&_csrf=" + token)));
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
			token = csrf(get(app, "/admin/import"));

			HttpResponse<String> small = upload(app, token, 5_000);
			assertThat(small.statusCode()).isEqualTo(302);
			assertThat(small.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).contains("/admin/import?job="));

			HttpResponse<String> large = upload(app, token, 50_000);
			assertThat(large.statusCode()).isEqualTo(413);
			assertThat(large.body()).contains("That is more than this site accepts")
				.contains("the largest WordPress export is shown on the import page")
				.doesNotContain("Exception");
		}
	}

	HttpResponse<String> upload(AppProcess app, String token, int size) throws IOException, InterruptedException {
		String boundary = "DatelineBoundary" + size;
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.xml\"\r\n"
				+ "Content-Type: text/xml\r\n\r\n<rss version=\"2.0\"><channel><!--" + "x".repeat(size)
				+ "--></channel></rss>\r\n--" + boundary + "--\r\n";
		return send(HttpRequest.newBuilder(URI.create(app.url("/admin/import")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpResponse<String> get(AppProcess app, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Accept", "text/html").GET());
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token on %s", page.uri()).isTrue();
		return matcher.group(1);
	}

}
