package news.dateline.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import news.dateline.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static news.dateline.cluster.TwoNodes.csrf;
import static news.dateline.cluster.TwoNodes.form;
import static news.dateline.cluster.TwoNodes.get;
import static news.dateline.cluster.TwoNodes.post;

/**
 * Live coverage across two Dateline nodes on one PostgreSQL database (separate JVMs, as
 * {@link TwoNodeClusterTests}): a reader's event stream open on node B gets an entry
 * filed on node A within 2 seconds, and its deletion. The change log is polled only once
 * a minute here, so the entry can only come through PostgreSQL's {@code LISTEN/NOTIFY}.
 * Runs in the PostgreSQL suite only.
 */
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeLiveTests {

	/** The promise: an entry filed on one node reaches the other's readers. */
	private static final Duration ACROSS_NODES = Duration.ofSeconds(2);

	private static final Pattern STORY = Pattern.compile("/admin/articles/(\\d+)/edit");

	private static final Pattern ENTRY = Pattern.compile("\"id\":(\\d+)");

	@TempDir
	static Path work;

	private TwoNodes nodes;

	private AppProcess nodeA;

	private AppProcess nodeB;

	private final HttpClient editor = TwoNodes.editor();

	private final HttpClient reader = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	void startTwoNodes() throws Exception {
		// only LISTEN/NOTIFY can bring the entry within the test's 2 seconds
		this.nodes = TwoNodes.start("live", work, "--dateline.changes.poll-interval=60s");
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
	void anEntryFiledOnNodeAReachesAStreamOpenOnNodeBWithinTwoSeconds() throws Exception {
		this.nodes.signIn(this.editor);
		long story = storyOf(get(this.editor, this.nodeA, "/admin/articles").body());
		String desk = get(this.editor, this.nodeA, "/admin/live/" + story).body();
		assertThat(post(this.editor, this.nodeA, "/admin/live/" + story + "/start", Map.of("_csrf", csrf(desk)))
			.statusCode()).isEqualTo(302);

		Lines stream = new Lines();
		CompletableFuture<HttpResponse<Void>> open = this.reader
			.sendAsync(HttpRequest.newBuilder(URI.create(this.nodeB.url("/live/" + story + "/events")))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.fromLineSubscriber(stream));
		try {
			// the stream's first line (its reconnect time) says it is open on node B
			assertThat(stream.next(Duration.ofSeconds(30))).as("node B opened the stream").startsWith("retry:");

			String marker = UUID.randomUUID().toString();
			String text = "Seoul’s delegation leaves the talks — « pas d’accord » 서울 " + marker;
			long filed = System.nanoTime();
			String entry = file(story, text);
			String arrived = stream.awaitData("\"id\":" + entry + ",", filed + ACROSS_NODES.toNanos());
			assertThat(arrived).as("the entry reached node B's stream within %s", ACROSS_NODES)
				.contains("« pas d’accord » 서울 " + marker);

			String page = get(this.editor, this.nodeA, "/admin/live/" + story).body();
			assertThat(post(this.editor, this.nodeA, "/admin/live/entries/" + entry + "/delete",
					Map.of("_csrf", csrf(page)))
				.statusCode()).isEqualTo(302);
			long deleted = System.nanoTime();
			assertThat(stream.awaitEvent("delete", deleted + ACROSS_NODES.toNanos()))
				.as("the deletion reached node B's stream within %s", ACROSS_NODES)
				.isNotNull();
		}
		finally {
			open.cancel(true);
			stream.cancel();
		}
	}

	/** Files an entry from node A's live desk as its script does, and answers its id. */
	private String file(long story, String text) throws IOException, InterruptedException {
		String desk = get(this.editor, this.nodeA, "/admin/live/" + story).body();
		HttpResponse<String> filed = this.editor.send(HttpRequest
			.newBuilder(URI.create(this.nodeA.url("/admin/live/" + story + "/entries")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Live-Desk", "1")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("body", text, "keyTitle", "", "_csrf", csrf(desk)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
		Matcher id = ENTRY.matcher(filed.body());
		assertThat(id.find()).as(filed.body()).isTrue();
		return id.group(1);
	}

	private static long storyOf(String articles) {
		Matcher matcher = STORY.matcher(articles);
		assertThat(matcher.find()).as("the demo content has a story to cover").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** An event stream's lines as they come, for the test to wait on with a deadline. */
	private static final class Lines implements Flow.Subscriber<String> {

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		private volatile Flow.Subscription subscription;

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			this.lines.add(line);
		}

		@Override
		public void onError(Throwable throwable) {
		}

		@Override
		public void onComplete() {
		}

		String next(Duration wait) throws InterruptedException {
			String line = this.lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(line).as("a line within %s", wait).isNotNull();
			return line;
		}

		/**
		 * The first data line holding the text, or null when the deadline passes first.
		 */
		String awaitData(String text, long deadline) throws InterruptedException {
			String line;
			while ((line = poll(deadline)) != null) {
				if (line.startsWith("data:") && line.contains(text)) {
					return line;
				}
			}
			return null;
		}

		/** The first event of the name, or null when the deadline passes first. */
		String awaitEvent(String name, long deadline) throws InterruptedException {
			String line;
			while ((line = poll(deadline)) != null) {
				if (line.equals("event:" + name)) {
					return line;
				}
			}
			return null;
		}

		private String poll(long deadline) throws InterruptedException {
			long left = deadline - System.nanoTime();
			return (left > 0) ? this.lines.poll(left, TimeUnit.NANOSECONDS) : null;
		}

		void cancel() {
			Flow.Subscription subscription = this.subscription;
			if (subscription != null) {
				subscription.cancel();
			}
		}

	}

}
