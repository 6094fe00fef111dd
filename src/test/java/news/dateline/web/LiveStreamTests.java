package news.dateline.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import news.dateline.live.LiveEntryDraft;
import news.dateline.live.LiveService;
import news.dateline.security.Role;
import news.dateline.support.ServerTest;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live event stream over real HTTP: it resumes after the number a reader already has
 * (so nothing is missed or sent twice), pushes entries filed, edited and deleted after,
 * is never cached, and refuses a client holding too many streams with 503 and
 * Retry-After; the poll answers 304 to an unchanged ETag.
 */
@ServerTest
class LiveStreamTests {

	@LocalServerPort
	int port;

	@Autowired
	LiveService live;

	@Autowired
	TestData data;

	@Autowired
	TestActor actor;

	@Autowired
	LiveStreams streams;

	@Autowired
	ServletWebServerApplicationContext server;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<InputStream> open = new ArrayList<>();

	private Long story;

	@BeforeEach
	void setUp() {
		this.actor.actAs(1, "Editor 편집자", Role.EDITOR);
		this.story = this.data
			.story("Cumbre — live 🗞", this.data.section(TestData.unique("Mundo")),
					this.data.author(TestData.unique("Ana Núñez")), Duration.ofHours(1))
			.id();
		this.live.start(this.story);
	}

	@AfterEach
	void tearDown() throws IOException {
		this.actor.clear();
		for (InputStream stream : this.open) {
			stream.close();
		}
	}

	@Test
	void resumesAfterTheLastEventIdThenPushesNewEditedAndDeletedEntries() throws Exception {
		Long first = this.live.file(this.story, new LiveEntryDraft("Primera entrada.", null, false));
		long seen = this.live.lastSeq(this.story).orElseThrow();
		Long second = this.live.file(this.story, new LiveEntryDraft("Segunda: **«acuerdo»**.", "Acuerdo", false));
		HttpResponse<InputStream> response = stream("/live/" + this.story + "/events", Long.toString(seen));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		BlockingQueue<String> events = read(response.body());
		String resumed = next(events);
		assertThat(resumed).contains("event:entry")
			.contains("\"id\":" + second)
			.contains("«acuerdo»")
			.doesNotContain("\"id\":" + first + ",");
		Long third = this.live.file(this.story, new LiveEntryDraft("Tercera, en vivo.", null, false));
		assertThat(next(events)).contains("event:entry").contains("\"id\":" + third).contains("Tercera, en vivo.");
		this.live.edit(first, new LiveEntryDraft("Primera, corregida.", null, false));
		assertThat(next(events)).contains("\"id\":" + first).contains("Primera, corregida.").contains("updated");
		this.live.delete(second);
		String deleted = next(events);
		assertThat(deleted).contains("event:delete")
			.contains("\"id\":" + second)
			.contains("\"deleted\":true")
			.doesNotContain("acuerdo");
	}

	@Test
	void smallConnectionBuffersServePagesAndStreamsWhole() throws Exception {
		assertThat(this.server.getWebServer()).isInstanceOfSatisfying(TomcatWebServer.class,
				(tomcat) -> assertThat(tomcat.getTomcat().getConnector().getProtocolHandler())
					.isInstanceOf(LeanHttp11NioProtocol.class));
		// a page larger than the buffers arrives whole
		HttpResponse<String> page = this.http.send(request("/").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().length()).isGreaterThan(1024);
		assertThat(page.body().strip()).endsWith("</html>");
		// and a stream still gets every entry (the resume test reads them in full)
		long seen = this.live.lastSeq(this.story).orElseThrow();
		BlockingQueue<String> events = read(stream("/live/" + this.story + "/events", Long.toString(seen)).body());
		String text = "Larga — «" + "긴 문장 🗞 ".repeat(200) + "».";
		Long entry = this.live.file(this.story, new LiveEntryDraft(text, null, false));
		String event = next(events);
		assertThat(event).contains("\"id\":" + entry).contains("».");
		assertThat(event.split("긴 문장", -1)).hasSize(201);
	}

	@Test
	void keepsPushingAfterItsContextIsStoppedAndStartedAgain() throws Exception {
		// a cached test context is paused between the classes that use it: stopped, then
		// started again
		this.streams.stop();
		this.streams.start();
		long seen = this.live.lastSeq(this.story).orElseThrow();
		BlockingQueue<String> events = read(stream("/live/" + this.story + "/events", Long.toString(seen)).body());
		Long entry = this.live.file(this.story, new LiveEntryDraft("Tras la pausa — «sigue».", null, false));
		assertThat(next(events)).contains("event:entry").contains("\"id\":" + entry).contains("«sigue»");
	}

	@Test
	void refusesAClientHoldingTooManyStreamsWithRetryAfter() throws Exception {
		// streams of earlier tests may not be noticed closed yet: at most 8 from one
		// address
		int accepted = 0;
		HttpResponse<InputStream> refused = null;
		for (int i = 0; i < 9 && refused == null; i++) {
			HttpResponse<InputStream> response = stream("/live/" + this.story + "/events", null);
			if (response.statusCode() == 200) {
				accepted++;
			}
			else {
				refused = response;
			}
		}
		assertThat(accepted).isLessThanOrEqualTo(8);
		assertThat(refused).isNotNull();
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
	}

	@Test
	void pollAnswersNotModifiedUntilSomethingIsFiled() throws Exception {
		String path = "/live/" + this.story + "/updates?since=0";
		HttpResponse<String> first = this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> same = this.http.send(request(path).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(same.statusCode()).isEqualTo(304);
		this.live.file(this.story, new LiveEntryDraft("Nueva.", null, false));
		HttpResponse<String> changed = this.http.send(request(path).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Nueva.");
	}

	@Test
	void aPollCutAtOneBatchLeadsToTheRestNotToNotModified() throws Exception {
		for (int i = 0; i <= LiveController.POLL_BATCH; i++) {
			this.live.file(this.story, new LiveEntryDraft("Entrada nº " + i + " — «sigue».", null, false));
		}
		String base = "/live/" + this.story + "/updates?since=";
		HttpResponse<String> first = this.http.send(request(base + "0").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).doesNotContain("Entrada nº " + LiveController.POLL_BATCH + " ");
		String since = first.body().replaceAll("(?s)^\\{\"lastSeq\":(\\d+),.*", "$1");
		HttpResponse<String> rest = this.http.send(
				request(base + since).header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(rest.statusCode()).isEqualTo(200);
		assertThat(rest.body()).contains("Entrada nº " + LiveController.POLL_BATCH + " ");
	}

	@Test
	void atomFeedListsTheEntriesWithTheirAnchors() throws Exception {
		Long entry = this.live.file(this.story, new LiveEntryDraft("Entrada del feed — «sí».", "Momento clave", false));
		HttpResponse<String> feed = this.http.send(request("/live/" + this.story + "/feed.atom").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("<title>Momento clave</title>", "#entry-" + entry + "\"",
				"Entrada del feed — «sí».");
	}

	@Test
	void entryPermalinkOpensTheStoryPageAtTheEntry() throws Exception {
		Long entry = this.live.file(this.story, new LiveEntryDraft("Enlace permanente.", null, false));
		HttpResponse<String> answer = this.http.send(request("/live/entries/" + entry).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("/articles/").endsWith("#entry-" + entry));
	}

	@Test
	void unknownStoryHasNoStreamButTheSitesNotFoundPage() throws Exception {
		HttpResponse<String> answer = this.http.send(
				request("/live/999999/events").header("Accept", "text/event-stream, text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).contains("Page not found").contains("</html>");
	}

	@Test
	void otherMethodsGetTheSitesMethodNotAllowedPageWithAllow() throws Exception {
		HttpResponse<String> answer = this.http.send(
				request("/live/" + this.story + "/events").POST(HttpRequest.BodyPublishers.ofString("«x»")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(405);
		assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
		assertThat(answer.body()).contains("</html>");
	}

	@Test
	void headAnswersTheStreamsHeadersForALiveStoryOnly() throws Exception {
		HttpResponse<Void> live = this.http.send(
				request("/live/" + this.story + "/events").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(live.statusCode()).isEqualTo(200);
		assertThat(live.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(live.headers().firstValue("Cache-Control")).hasValue("no-store");
		HttpResponse<Void> unknown = this.http.send(
				request("/live/999999/events").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	@Test
	void aStoryNotYetLiveHasNoStream() throws Exception {
		Long plain = this.data
			.story("Cumbre — todavía no «en vivo»", this.data.section(TestData.unique("Mundo")),
					this.data.author(TestData.unique("Ana Núñez")), Duration.ofHours(1))
			.id();
		assertThat(stream("/live/" + plain + "/events", null).statusCode()).isEqualTo(404);
	}

	@Test
	void aMalformedResumePointIsABadRequestNotAnError() throws Exception {
		HttpResponse<String> answer = this.http.send(request("/live/" + this.story + "/events?since=%C2%ABx%C2%BB")
			.header("Accept", "text/event-stream, text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("</html>").doesNotContain("Exception");
	}

	@Test
	void aStreamCarriesItsOwnSafetyHeadersAndIgnoresAMalformedLastEventId() throws Exception {
		HttpResponse<InputStream> response = stream("/live/" + this.story + "/events", "última-12");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Accel-Buffering")).hasValue("no");
		// a reader with a number that is not one starts from now: the next entry arrives
		BlockingQueue<String> events = read(response.body());
		Long entry = this.live.file(this.story, new LiveEntryDraft("Después — «ahora».", null, false));
		assertThat(next(events)).contains("\"id\":" + entry).contains("«ahora»");
	}

	private HttpResponse<InputStream> stream(String path, String lastEventId) throws Exception {
		HttpRequest.Builder request = request(path).timeout(Duration.ofSeconds(20))
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<InputStream> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		this.open.add(response.body());
		return response;
	}

	/** A request to this test's server. */
	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	/** The events of a stream, each as its lines joined, read on a thread of its own. */
	private static BlockingQueue<String> read(InputStream body) {
		BlockingQueue<String> events = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
				StringBuilder event = new StringBuilder();
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.isEmpty()) {
						if (event.indexOf("data:") >= 0) {
							events.add(event.toString());
						}
						event.setLength(0);
					}
					else {
						event.append(line).append('\n');
					}
				}
			}
			catch (IOException ex) {
				// the test closed the stream
			}
		}, "live-stream-test");
		reader.setDaemon(true);
		reader.start();
		return events;
	}

	private static String next(BlockingQueue<String> events) throws InterruptedException {
		String event = events.poll(10, TimeUnit.SECONDS);
		assertThat(event).as("an event within 10 s").isNotNull();
		return event;
	}

}
