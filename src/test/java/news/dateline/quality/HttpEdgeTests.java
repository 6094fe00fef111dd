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
 * What the server answers to malformed HTTP, sent over a raw socket: unknown methods, oversized
 * headers and bodies, and control characters all get a 4xx, never a 5xx or a stack trace.
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
	void oversizedHeadersGet4xx() throws IOException {
		String big = "x".repeat(64 * 1024);
		assertClientError(exchange("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n",
				null));
	}

	@Test
	void oversizedFormBodyGets4xx() throws IOException {
		byte[] body = ("comment=" + "a".repeat(3 * 1024 * 1024) + "&author=x&email=x@example.com&token=x")
			.getBytes(StandardCharsets.US_ASCII);
		String head = "POST /articles/anything/comments HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
				+ "application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
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
		assertClientError(exchange("GET /articles/%00nul HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null));
		assertClientError(exchange("GET /articles/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				null));
	}

	@Test
	void responsesAreCompressedForClientsThatAcceptGzip() throws Exception {
		SectionView section = this.data.section("Arts");
		String author = this.data.author("June Park", "arts");
		Story story = this.data.story("Long read about murals", null, "A mural. ".repeat(800), section,
				List.of(author), List.of(), Duration.ofHours(1));
		HttpClient client = HttpClient.newHttpClient();
		for (String path : List.of(story.url(), story.url(), "/feed.atom")) {
			HttpResponse<byte[]> response = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(response.body()[0] & 0xff).isEqualTo(0x1f);
			assertThat(response.body()[1] & 0xff).isEqualTo(0x8b);
		}
	}

}
