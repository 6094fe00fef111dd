import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of bench/live.sh: opens STREAMS event streams of one live story, files one entry a
 * second for SECONDS seconds through the live desk (as a signed-in editor), and prints, per entry and
 * overall, the time from filing to arrival at the 50th, 99th and 100th percentile stream. Loopback
 * only; every wait is bounded. Run with: java bench/LiveLoad.java BASE STORY_ID EMAIL PASSWORD STREAMS SECONDS
 */
public class LiveLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern ENTRY_ID = Pattern.compile("\"id\":(\\d+)");

	/** Filing time of each entry id, in nanoseconds. */
	static final Map<Long, Long> filedAt = new ConcurrentHashMap<>();

	/** Arrival times of each entry id at the streams, in nanoseconds. */
	static final Map<Long, List<Long>> arrivals = new ConcurrentHashMap<>();

	/** Arrival delays of each entry id, in milliseconds (computed at the end). */
	static final Map<Long, List<Double>> delays = new ConcurrentHashMap<>();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long story = Long.parseLong(args[1]);
		int streams = Integer.parseInt(args[4]);
		int seconds = Integer.parseInt(args[5]);
		HttpClient readers = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		AtomicInteger open = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		CountDownLatch opened = new CountDownLatch(streams);
		for (int i = 0; i < streams; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/live/" + story + "/events"))
				.header("Accept", "text/event-stream")
				.build();
			readers.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Reader()))
				.whenComplete((response, failure) -> {
					if (failure != null || response.statusCode() != 200) {
						refused.incrementAndGet();
					}
				});
			if (i % 100 == 99) {
				Thread.sleep(50);
			}
		}
		// a stream counts as open once its first line (the reconnect time) arrived
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (Reader.started.get() + refused.get() < streams && System.nanoTime() < until) {
			Thread.sleep(200);
		}
		System.out.printf("streams open: %d, refused or failed: %d%n", Reader.started.get(), refused.get());
		HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(editor, base, args[2], args[3]);
		for (int s = 0; s < seconds; s++) {
			long start = System.nanoTime();
			file(editor, base, story, "Bench entry " + s + " — " + java.time.Instant.now());
			long rest = TimeUnit.SECONDS.toNanos(1) - (System.nanoTime() - start);
			if (rest > 0) {
				TimeUnit.NANOSECONDS.sleep(rest);
			}
		}
		Thread.sleep(5000);
		filedAt.forEach((entry, filed) -> {
			List<Double> list = new ArrayList<>();
			for (Long at : arrivals.getOrDefault(entry, List.of())) {
				list.add((at - filed) / 1_000_000.0);
			}
			delays.put(entry, list);
		});
		List<Double> all = new ArrayList<>();
		delays.values().forEach(all::addAll);
		Collections.sort(all);
		List<Double> perEntryP99 = new ArrayList<>();
		delays.values().forEach((list) -> {
			List<Double> sorted = new ArrayList<>(list);
			Collections.sort(sorted);
			perEntryP99.add(percentile(sorted, 99));
		});
		Collections.sort(perEntryP99);
		System.out.printf("entries filed: %d, deliveries: %d (expected %d)%n", filedAt.size(), all.size(),
				(long) filedAt.size() * Reader.started.get());
		System.out.printf("filing to arrival, all deliveries: p50 %.1f ms, p99 %.1f ms, p100 %.1f ms%n",
				percentile(all, 50), percentile(all, 99), percentile(all, 100));
		System.out.printf("per entry p99 across entries: median %.1f ms, worst %.1f ms%n", percentile(perEntryP99, 50),
				percentile(perEntryP99, 100));
		System.exit(0);
	}

	static double percentile(List<Double> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	static void signIn(HttpClient client, String base, String email, String password) throws Exception {
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page));
		client.send(HttpRequest.newBuilder(URI.create(base + "/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	static String token;

	static void file(HttpClient client, String base, long story, String body) throws Exception {
		if (token == null) {
			token = csrf(client.send(HttpRequest.newBuilder(URI.create(base + "/admin/live/" + story)).build(),
					HttpResponse.BodyHandlers.ofString()).body());
		}
		String form = "body=" + enc(body) + "&keyTitle=&_csrf=" + enc(token);
		long before = System.nanoTime();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/live/" + story + "/entries"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Live-Desk", "1")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = ENTRY_ID.matcher(response.body());
		if (response.statusCode() != 200 || !id.find()) {
			System.out.println("filing failed: " + response.statusCode() + " " + response.body());
			return;
		}
		// measured from the moment the desk was asked to file (before the commit)
		filedAt.put(Long.valueOf(id.group(1)), before);
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token (signed in?)");
		}
		return matcher.group(1);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Reads one stream's lines and records each entry's arrival. */
	static final class Reader implements Flow.Subscriber<String> {

		static final AtomicInteger started = new AtomicInteger();

		private boolean counted;

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			long now = System.nanoTime();
			if (!this.counted) {
				this.counted = true;
				started.incrementAndGet();
			}
			if (line.startsWith("data:")) {
				Matcher id = ENTRY_ID.matcher(line);
				if (id.find()) {
					LiveLoad.arrivals
						.computeIfAbsent(Long.valueOf(id.group(1)),
								(key) -> Collections.synchronizedList(new ArrayList<>()))
						.add(now);
				}
			}
		}

		@Override
		public void onError(Throwable throwable) {
		}

		@Override
		public void onComplete() {
		}

	}

}
