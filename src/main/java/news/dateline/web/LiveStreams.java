package news.dateline.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import news.dateline.live.LiveEntryView;
import news.dateline.live.LiveProperties;
import news.dateline.live.LiveService;
import news.dateline.live.LiveUpdates;

/**
 * The event streams of live stories open on this node (asynchronous: an idle stream holds
 * no request thread). A new stream first gets every write after the number it resumes
 * from ({@code Last-Event-ID}), then joins the story's streams; when the story is written
 * to (on this node or another), one thread reads the new writes once, renders each once
 * and sends the same bytes to every stream that has not had them. Streams are bounded per
 * node and per client address.
 */
@Component
class LiveStreams implements SmartLifecycle {

	static final int BATCH = 200;

	/** Writer threads: as many as cores, at most four. */
	static final int WRITERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

	/** Fewer streams than this are written by the relay thread alone. */
	static final int PARALLEL_FROM = 256;

	/** How long a browser waits before reconnecting a dropped stream. */
	static final long RECONNECT_MILLIS = 3000;

	private final LiveService live;

	private final LiveFragments fragments;

	private final LiveProperties properties;

	private final Map<Long, Story> stories = new ConcurrentHashMap<>();

	private final AtomicInteger open = new AtomicInteger();

	private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();

	private final Set<Long> pending = ConcurrentHashMap.newKeySet();

	/**
	 * The relay thread, made on each start: a stopped context (a paused test context, or
	 * one shut down) may be started again, and a shut-down executor cannot.
	 */
	private volatile ScheduledExecutorService relay = newRelay();

	/** The threads that write to many streams at once, a slice each. */
	private volatile ExecutorService writers = newWriters();

	LiveStreams(LiveService live, LiveFragments fragments, LiveProperties properties) {
		this.live = live;
		this.fragments = fragments;
		this.properties = properties;
	}

	/** Too many streams open, on the node or from the client's address. */
	static class FullException extends RuntimeException {

		FullException() {
			super("live streams full");
		}

	}

	/**
	 * Opens a stream of a story's writes after {@code since} on the request's
	 * asynchronous response; refused with {@link FullException} (nothing written yet)
	 * when the node or the client has too many open.
	 */
	void open(Long articleId, long since, HttpServletRequest request, HttpServletResponse response) throws IOException {
		String client = request.getRemoteAddr();
		AtomicInteger fromClient = this.perClient.computeIfAbsent(client, (key) -> new AtomicInteger());
		if (this.open.incrementAndGet() > this.properties.maxStreams()
				| fromClient.incrementAndGet() > this.properties.maxStreamsPerClient()) {
			this.open.decrementAndGet();
			release(client, fromClient);
			throw new FullException();
		}
		Stream stream = new Stream(client, since);
		try {
			stream.response = LiveStreamResponse.start(request, response, this.properties.streamTimeout(),
					() -> closed(articleId, stream));
		}
		catch (IOException | RuntimeException ex) {
			closed(articleId, stream);
			throw ex;
		}
		while (true) {
			Story story = this.stories.computeIfAbsent(articleId, (id) -> new Story());
			synchronized (story) {
				if (this.stories.get(articleId) == story) {
					try {
						sendUpdates(articleId, List.of(stream), since);
					}
					catch (RuntimeException ex) {
						// the response has begun: end it, and the reader's script
						// reconnects
						stream.response.complete();
						closed(articleId, stream);
						return;
					}
					if (!stream.closed.get()) {
						story.streams.add(stream);
					}
					return;
				}
			}
		}
	}

	/** Number of streams open on this node. */
	int openStreams() {
		return this.open.get();
	}

	/** The stories with a stream open on this node. */
	Set<Long> watched() {
		return this.stories.keySet();
	}

	/**
	 * Sends a story's new writes to its streams, soon, on the relay thread (requests for
	 * the same story meanwhile are one).
	 */
	void catchUp(Long articleId) {
		ScheduledExecutorService relay = this.relay;
		if (this.stories.containsKey(articleId) && !relay.isShutdown() && this.pending.add(articleId)) {
			try {
				relay.execute(() -> {
					this.pending.remove(articleId);
					relayNow(articleId);
				});
			}
			catch (RejectedExecutionException ex) {
				// stopping: the streams are being closed, and their readers reconnect
				this.pending.remove(articleId);
			}
		}
	}

	/** Sends a story's new writes to its streams now. */
	void relayNow(Long articleId) {
		Story story = this.stories.get(articleId);
		if (story == null) {
			return;
		}
		synchronized (story) {
			if (!story.streams.isEmpty()) {
				long since = story.streams.stream().mapToLong((stream) -> stream.sent).min().orElse(0);
				sendUpdates(articleId, story.streams, since);
			}
		}
	}

	private void sendUpdates(Long articleId, List<Stream> streams, long since) {
		List<LiveEvent> events = new ArrayList<>();
		long from = since;
		LiveUpdates updates;
		do {
			updates = this.live.updatesAfter(articleId, from, BATCH);
			for (LiveEntryView entry : updates.entries()) {
				events.add(new LiveEvent(entry.seq(), LiveEvent.encode(Long.toString(entry.seq()),
						entry.deleted() ? "delete" : "entry", this.fragments.data(entry))));
			}
			from = updates.lastEntrySeq(from);
		}
		while (updates.entries().size() == BATCH);
		if (updates.endedAt() != null) {
			events.add(new LiveEvent(updates.lastSeq(),
					LiveEvent.encode(Long.toString(updates.lastSeq()), "end", updates.endedAt().toString())));
		}
		if (!events.isEmpty()) {
			deliver(articleId, streams, events);
		}
	}

	/**
	 * Sends the events, in order, to every stream that has not had them. Many streams are
	 * split among the writer threads, so that one slow reader (a full socket) or one core
	 * does not hold up the rest; streams that failed are closed afterwards, on this
	 * thread, which holds the story's lock.
	 */
	private void deliver(Long articleId, List<Stream> streams, List<LiveEvent> events) {
		List<Stream> failed = new CopyOnWriteArrayList<>();
		int slices = (streams.size() < PARALLEL_FROM) ? 1 : WRITERS;
		if (slices == 1 || this.writers.isShutdown()) {
			write(streams, events, failed);
		}
		else {
			List<Callable<Void>> tasks = new ArrayList<>();
			int size = (streams.size() + slices - 1) / slices;
			for (int at = 0; at < streams.size(); at += size) {
				List<Stream> slice = streams.subList(at, Math.min(streams.size(), at + size));
				tasks.add(() -> {
					write(slice, events, failed);
					return null;
				});
			}
			try {
				this.writers.invokeAll(tasks);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RejectedExecutionException ex) {
				// stopping: the streams are being closed, and their readers reconnect
			}
		}
		for (Stream stream : failed) {
			stream.response.complete();
			closed(articleId, stream);
		}
	}

	private static void write(List<Stream> streams, List<LiveEvent> events, List<Stream> failed) {
		for (Stream stream : streams) {
			for (LiveEvent event : events) {
				if (event.seq() > stream.sent && !stream.closed.get()) {
					try {
						stream.response.send(event.bytes());
						stream.sent = event.seq();
					}
					catch (IOException | IllegalStateException ex) {
						failed.add(stream);
						break;
					}
				}
			}
		}
	}

	/** A comment line to every stream, so closed connections are found and dropped. */
	void heartbeat() {
		byte[] beat = LiveEvent.encode(null, null, "");
		this.stories.forEach((articleId, story) -> {
			synchronized (story) {
				List<Stream> failed = new ArrayList<>();
				for (Stream stream : story.streams) {
					try {
						stream.response.send(beat);
					}
					catch (IOException | IllegalStateException ex) {
						failed.add(stream);
					}
				}
				for (Stream stream : failed) {
					stream.response.complete();
					closed(articleId, stream);
				}
			}
		});
	}

	private void closed(Long articleId, Stream stream) {
		if (!stream.closed.compareAndSet(false, true)) {
			return;
		}
		this.open.decrementAndGet();
		release(stream.client, this.perClient.get(stream.client));
		Story story = this.stories.get(articleId);
		if (story != null) {
			synchronized (story) {
				story.streams.remove(stream);
				if (story.streams.isEmpty()) {
					this.stories.remove(articleId, story);
				}
			}
		}
	}

	private void release(String client, AtomicInteger count) {
		if (count != null && count.decrementAndGet() <= 0) {
			this.perClient.computeIfPresent(client, (key, kept) -> (kept.get() <= 0) ? null : kept);
		}
	}

	private volatile boolean running;

	@Override
	public void start() {
		if (this.running) {
			return;
		}
		if (this.relay.isShutdown()) {
			this.pending.clear();
			this.relay = newRelay();
		}
		if (this.writers.isShutdown()) {
			this.writers = newWriters();
		}
		// on the relay thread, not the application's one scheduler thread: a beat writes
		// to
		// every open stream
		long beat = this.properties.heartbeat().toMillis();
		this.relay.scheduleWithFixedDelay(() -> {
			try {
				heartbeat();
			}
			catch (RuntimeException ex) {
				// an unexpected failure must not cancel the later beats
			}
		}, beat, beat, TimeUnit.MILLISECONDS);
		this.running = true;
	}

	private static ExecutorService newWriters() {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(WRITERS, (task) -> {
			Thread thread = new Thread(task, "live-writer-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	private static ScheduledExecutorService newRelay() {
		return Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "live-relay");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Closes every stream before the web server's graceful shutdown (a later phase),
	 * which would otherwise wait for them: browsers reconnect to another node.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.relay.shutdownNow();
		this.writers.shutdownNow();
		this.stories.values().forEach((story) -> story.streams.forEach((stream) -> stream.response.complete()));
		this.stories.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static final class Story {

		final List<Stream> streams = new CopyOnWriteArrayList<>();

	}

	private static final class Stream {

		final String client;

		final AtomicBoolean closed = new AtomicBoolean();

		volatile LiveStreamResponse response;

		volatile long sent;

		Stream(String client, long sent) {
			this.client = client;
			this.sent = sent;
		}

	}

}
