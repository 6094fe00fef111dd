package news.dateline.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.dateline.section.SectionView;
import news.dateline.support.ServerTest;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server answers to malformed HTTP, sent over a raw socket: unknown methods,
 * oversized headers and bodies, and control characters all get a 4xx, never a 5xx or a
 * stack trace.
 */
@ServerTest
class HttpEdgeTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	news.dateline.support.TestData data;

	private String exchange(String head, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			try {
				if (body != null) {
					out.write(body);
				}
				out.flush();
			}
			catch (IOException ex) {
				// the server may answer and close before reading a huge body
			}
			InputStream in = socket.getInputStream();
			return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
		}
	}

	private static int status(String response) {
		assertThat(response).as("a response").startsWith("HTTP/1.1 ");
		return Integer.parseInt(response.substring(9, 12));
	}

	private static void assertClientError(String response) {
		assertThat(status(response)).as(response.lines().findFirst().orElse("")).isBetween(400, 499);
		assertThat(response).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void unknownAndDisabledMethodsGet4xx() throws IOException {
		for (String method : new String[] { "PROPFIND", "FOO", "TRACE", "DELETE", "PUT" }) {
			assertClientError(exchange(method + " / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null));
		}
	}

	@Test
	void unsupportedMethodsOnPublicPagesGetTheSites405Page() throws IOException {
		SectionView section = this.data.section("Harbour");
		Story story = this.data.story("Ferry timetable changes", section, this.data.author("Mina Park", "local"),
				Duration.ofHours(1));
		for (String path : List.of("/", story.url(), "/latest", "/search")) {
			for (String method : List.of("PUT", "DELETE", "PATCH")) {
				String response = exchange(
						method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json, */*\r\n"
								+ "Content-Length: 0\r\nConnection: close\r\n\r\n",
						null);
				assertThat(status(response)).as(method + " " + path).isEqualTo(405);
				assertThat(response).as(method + " " + path)
					.containsIgnoringCase("Content-Type: text/html")
					.containsIgnoringCase("Allow: GET")
					.contains("<!DOCTYPE html>", "<h1>That request was not accepted</h1>")
					.doesNotContain("\"status\":", "Exception");
			}
		}
		String nowhere = exchange("DELETE /no/such/page HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
				+ "Connection: close\r\n\r\n", null);
		assertThat(status(nowhere)).as("nothing there, whatever the method").isEqualTo(404);
		assertThat(nowhere).containsIgnoringCase("Content-Type: text/html").contains("<!DOCTYPE html>");
		String head = exchange("HEAD " + story.url() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				null);
		assertThat(status(head)).isEqualTo(200);
		assertThat(head).doesNotContain("<!DOCTYPE html>");
		String options = exchange("OPTIONS /latest HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
		assertThat(status(options)).isEqualTo(200);
		assertThat(options).containsIgnoringCase("Allow: GET,HEAD,OPTIONS");
	}

	@Test
	void errorsRaisedOutsideControllersGetTheSitesPageWhateverTheClientAccepts() throws IOException {
		// the firewall refuses a path parameter before any controller sees the request
		String rejected = exchange("GET /latest;x=1 HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept: application/json\r\nConnection: close\r\n\r\n", null);
		assertThat(status(rejected)).isEqualTo(400);
		assertThat(rejected).containsIgnoringCase("Content-Type: text/html")
			.contains("<!DOCTYPE html>", "<h1>We could not understand that request</h1>");
		String forged = exchange("POST /latest HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nConnection: close\r\n\r\n",
				"a=b".getBytes(StandardCharsets.US_ASCII));
		assertThat(status(forged)).isEqualTo(403);
		assertThat(forged).containsIgnoringCase("Content-Type: text/html")
			.contains("<h1>This is not allowed</h1>")
			.doesNotContain("\"status\":");
	}

	@Test
	void oversizedHeadersGet4xx() throws IOException {
		String big = "x".repeat(64 * 1024);
		assertClientError(
				exchange("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n", null));
	}

	@Test
	void oversizedFormBodyGets4xx() throws IOException {
		byte[] body = ("comment=" + "a".repeat(3 * 1024 * 1024) + "&author=x&email=x@example.com&token=x")
			.getBytes(StandardCharsets.US_ASCII);
		String head = "POST /articles/anything/comments HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
				+ "application/x-www-form-urlencoded\r\nContent-Length: " + body.length
				+ "\r\nConnection: close\r\n\r\n";
		assertClientError(exchange(head, body));
	}

	@Test
	void postWithoutCsrfTokenGetsForbidden() throws IOException {
		String head = "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: 3\r\nConnection: close\r\n\r\n";
		assertThat(status(exchange(head, "a=b".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(403);
	}

	@Test
	void controlCharactersInThePathGet4xx() throws IOException {
		assertClientError(
				exchange("GET /articles/%00nul HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null));
		assertClientError(exchange(
				"GET /articles/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null));
	}

	@Test
	void responsesAreCompressedForClientsThatAcceptGzip() throws Exception {
		SectionView section = this.data.section("Arts");
		String author = this.data.author("June Park", "arts");
		Story story = this.data.story("Long read about murals", null, "A mural. ".repeat(800), section, List.of(author),
				List.of(), Duration.ofHours(1));
		HttpClient client = HttpClient.newHttpClient();
		for (String path : List.of(story.url(), story.url(), "/feed.atom")) {
			HttpResponse<byte[]> response = client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
					.header("Accept-Encoding", "gzip")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(response.body()[0] & 0xff).isEqualTo(0x1f);
			assertThat(response.body()[1] & 0xff).isEqualTo(0x8b);
		}
	}

}
