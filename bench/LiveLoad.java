import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of bench/live.sh: opens STREAMS event streams of one live story, files one entry a
 * second for SECONDS seconds through the live desk (as a signed-in editor), and prints, per entry and
 * overall, the time from filing to arrival at the 50th, 99th and 100th percentile stream, and the CPU
 * time this client used meanwhile (it shares the node's cores). The streams are read by one thread on
 * one NIO selector (plain HTTP/1.1 with chunked transfer decoding, no thread or HTTP client per stream),
 * so the client costs little next to the node it measures. Loopback only; every wait is bounded.
 * Run with: java bench/LiveLoad.java BASE STORY_ID EMAIL PASSWORD STREAMS SECONDS
 */
public class LiveLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern ENTRY_ID = Pattern.compile("\"id\":(\\d+)");

	/** Filing time of each entry id, in nanoseconds. */
	static final Map<Long, Long> filedAt = new ConcurrentHashMap<>();

	/** Arrival times of each entry id at the streams, in nanoseconds (written by the reader thread). */
	static final Map<Long, long[]> arrivals = new HashMap<>();

	static final Map<Long, Integer> arrivalCounts = new HashMap<>();

	/** Arrival delays of each entry id, in milliseconds (computed at the end). */
	static final Map<Long, List<Double>> delays = new ConcurrentHashMap<>();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long story = Long.parseLong(args[1]);
		int streams = Integer.parseInt(args[4]);
		int seconds = Integer.parseInt(args[5]);
		URI uri = URI.create(base);
		Streams readers = new Streams(new InetSocketAddress(uri.getHost(), uri.getPort()),
				("GET /live/" + story + "/events HTTP/1.1\r\nHost: " + uri.getAuthority()
						+ "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII), streams);
		Thread reader = new Thread(readers, "streams");
		reader.start();
		// a stream counts as open once its first line (the reconnect time) arrived
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (readers.started + readers.refused < streams && System.nanoTime() < until) {
			Thread.sleep(200);
		}
		int started = readers.started;
		System.out.printf("streams open: %d, refused or failed: %d%n", started, readers.refused);
		HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(editor, base, args[2], args[3]);
		long cpuBefore = cpuNanos();
		long wallBefore = System.nanoTime();
		for (int s = 0; s < seconds; s++) {
			long start = System.nanoTime();
			file(editor, base, story, "Bench entry " + s + " — " + java.time.Instant.now());
			long rest = TimeUnit.SECONDS.toNanos(1) - (System.nanoTime() - start);
			if (rest > 0) {
				TimeUnit.NANOSECONDS.sleep(rest);
			}
		}
		Thread.sleep(5000);
		long cpu = cpuNanos() - cpuBefore;
		long wall = System.nanoTime() - wallBefore;
		readers.stop = true;
		readers.selector.wakeup();
		reader.join(10_000);
		filedAt.forEach((entry, filed) -> {
			List<Double> list = new ArrayList<>();
			long[] at = arrivals.getOrDefault(entry, new long[0]);
			int count = arrivalCounts.getOrDefault(entry, 0);
			for (int i = 0; i < count; i++) {
				list.add((at[i] - filed) / 1_000_000.0);
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
				(long) filedAt.size() * started);
		System.out.printf("filing to arrival, all deliveries: p50 %.1f ms, p99 %.1f ms, p100 %.1f ms%n",
				percentile(all, 50), percentile(all, 99), percentile(all, 100));
		System.out.printf("per entry p99 across entries: median %.1f ms, worst %.1f ms%n", percentile(perEntryP99, 50),
				percentile(perEntryP99, 100));
		StringBuilder inOrder = new StringBuilder();
		filedAt.keySet().stream().sorted().forEach((entry) -> {
			List<Double> sorted = new ArrayList<>(delays.get(entry));
			Collections.sort(sorted);
			inOrder.append(String.format(" %.0f", percentile(sorted, 99)));
		});
		System.out.println("per entry p99 in filing order (ms):" + inOrder);
		System.out.printf("load client CPU while filing: %.1f s in %.1f s (%.0f%% of one core)%n", cpu / 1e9, wall / 1e9,
				100.0 * cpu / wall);
		System.exit(0);
	}

	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	static void arrived(long entry, long now) {
		int count = arrivalCounts.getOrDefault(entry, 0);
		long[] at = arrivals.get(entry);
		if (at == null || at.length == count) {
			at = (at == null) ? new long[1024] : java.util.Arrays.copyOf(at, at.length * 2);
			arrivals.put(entry, at);
		}
		at[count] = now;
		arrivalCounts.put(entry, count + 1);
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

	/**
	 * Opens the streams (a hundred at a time, so the node's accept queue keeps up) and reads them all
	 * on one selector: response head, then chunked body, then lines; a {@code data:} line's entry id
	 * is recorded with the time its bytes were read.
	 */
	static final class Streams implements Runnable {

		final Selector selector;

		final InetSocketAddress address;

		final byte[] request;

		final int count;

		volatile int started;

		volatile int refused;

		volatile boolean stop;

		Streams(InetSocketAddress address, byte[] request, int count) throws java.io.IOException {
			this.selector = Selector.open();
			this.address = address;
			this.request = request;
			this.count = count;
		}

		@Override
		public void run() {
			ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);
			int made = 0;
			long nextBatch = 0;
			try {
				while (!this.stop) {
					if (made < this.count && System.nanoTime() >= nextBatch) {
						for (int i = 0; i < 100 && made < this.count; i++, made++) {
							SocketChannel channel = SocketChannel.open();
							channel.configureBlocking(false);
							channel.connect(this.address);
							channel.register(this.selector, SelectionKey.OP_CONNECT, new Stream());
						}
						nextBatch = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
					}
					this.selector.select(10);
					long now = System.nanoTime();
					for (SelectionKey key : this.selector.selectedKeys()) {
						handle(key, buffer, now);
					}
					this.selector.selectedKeys().clear();
				}
			}
			catch (java.io.IOException ex) {
				System.out.println("reader failed: " + ex);
			}
		}

		private void handle(SelectionKey key, ByteBuffer buffer, long now) {
			SocketChannel channel = (SocketChannel) key.channel();
			Stream stream = (Stream) key.attachment();
			try {
				if (key.isConnectable()) {
					channel.finishConnect();
					channel.write(ByteBuffer.wrap(this.request));
					key.interestOps(SelectionKey.OP_READ);
					return;
				}
				buffer.clear();
				int read = channel.read(buffer);
				if (read < 0) {
					fail(key, stream);
					return;
				}
				buffer.flip();
				while (buffer.hasRemaining()) {
					stream.take(buffer.get(), now, this);
				}
				if (stream.refused) {
					fail(key, stream);
				}
			}
			catch (java.io.IOException ex) {
				fail(key, stream);
			}
		}

		private void fail(SelectionKey key, Stream stream) {
			key.cancel();
			try {
				key.channel().close();
			}
			catch (java.io.IOException ex) {
				// closing anyway
			}
			if (!stream.counted) {
				stream.counted = true;
				this.refused++;
			}
		}

	}

	/** One stream's decoding state: head, chunk sizes and data, and the start of the current line. */
	static final class Stream {

		static final byte[] DATA_ID = "data:{\"id\":".getBytes(StandardCharsets.US_ASCII);

		boolean inBody;

		boolean counted;

		boolean refused;

		int headEnd;

		StringBuilder head = new StringBuilder();

		long chunkLeft = -1;

		int crlfLeft;

		long chunkSize;

		final byte[] line = new byte[32];

		int lineLength;

		void take(byte b, long now, Streams streams) {
			if (!this.inBody) {
				this.head.append((char) b);
				this.headEnd = (b == '\r' || b == '\n') ? this.headEnd + 1 : 0;
				if (this.headEnd == 4) {
					this.inBody = true;
					this.refused = !this.head.toString().startsWith("HTTP/1.1 200");
					this.head = null;
				}
				return;
			}
			if (this.crlfLeft > 0) {
				this.crlfLeft--;
				return;
			}
			if (this.chunkLeft <= 0) {
				// a chunk-size line: hex digits up to the line's end (a size of 0 ends the body)
				if (b == '\n') {
					this.chunkLeft = (this.chunkSize == 0) ? -1 : this.chunkSize;
					this.chunkSize = 0;
				}
				else if (Character.digit(b, 16) >= 0) {
					this.chunkSize = this.chunkSize * 16 + Character.digit(b, 16);
				}
				return;
			}
			if (--this.chunkLeft == 0) {
				this.crlfLeft = 2;
			}
			body(b, now, streams);
		}

		private void body(byte b, long now, Streams streams) {
			if (b != '\n') {
				if (this.lineLength < this.line.length) {
					this.line[this.lineLength] = b;
				}
				this.lineLength++;
				return;
			}
			if (!this.counted) {
				this.counted = true;
				streams.started++;
			}
			if (this.lineLength > DATA_ID.length
					&& java.util.Arrays.equals(this.line, 0, DATA_ID.length, DATA_ID, 0, DATA_ID.length)) {
				long id = 0;
				for (int i = DATA_ID.length; i < Math.min(this.lineLength, this.line.length); i++) {
					int digit = this.line[i] - '0';
					if (digit < 0 || digit > 9) {
						break;
					}
					id = id * 10 + digit;
				}
				arrived(id, now);
			}
			this.lineLength = 0;
		}

	}

}
