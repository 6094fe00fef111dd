package news.dateline.quality;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.media.TestImages;
import news.dateline.security.Role;
import news.dateline.support.ServerTest;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real server (Tomcat's multipart limits included), signed in as an
 * Author with a real session and CSRF token: an image is stored; a file over the media
 * limit (below the server's multipart limit, which is the import's) gets the form again
 * with the message beside the file field, never a 500 or a reset connection, and nothing
 * is stored.
 */
@ServerTest
class MediaUploadLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String BOUNDARY = "----DatelineUploadBoundary";

	@LocalServerPort
	int port;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private String csrf(String path) throws Exception {
		String page = this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("CSRF token on " + path).isTrue();
		return matcher.group(1);
	}

	private void signIn(UserView user) throws Exception {
		String form = "email=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestStaff.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf("/admin/login");
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
	}

	private HttpResponse<String> upload(String fileName, byte[] bytes) throws Exception {
		String token = csrf("/admin/media/new");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String[] field : new String[][] { { "_csrf", token }, { "alt", "Boats in the harbour" }, { "caption", "" },
				{ "credit", "" } }) {
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.client.send(HttpRequest.newBuilder(uri("/admin/media"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from media_item").query(Long.class).single();
	}

	@Test
	void storesAnUploadAndRefusesOneOverTheLimitBesideTheField() throws Exception {
		signIn(this.staff.account(Role.AUTHOR));
		long before = rows();
		HttpResponse<String> stored = upload("boats.jpg", TestImages.jpeg(900, 600));
		assertThat(stored.statusCode()).isEqualTo(302);
		assertThat(stored.headers().firstValue("Location").orElseThrow()).matches(".*/admin/media/\\d+");
		assertThat(rows()).isEqualTo(before + 1);

		byte[] huge = new byte[12 * 1024 * 1024];
		System.arraycopy(TestImages.jpeg(10, 10), 0, huge, 0, 100);
		HttpResponse<String> refused = upload("huge.jpg", huge);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("<!DOCTYPE html>", "This file is larger than the upload limit.")
			.doesNotContain("Exception");
		assertThat(rows()).isEqualTo(before + 1);
	}

}
