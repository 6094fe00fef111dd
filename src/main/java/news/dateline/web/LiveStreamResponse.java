package news.dateline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One reader's open event stream: an asynchronous servlet response (no request thread
 * while idle) that {@link LiveStreams} writes events to. It keeps only the response's
 * output and its asynchronous context, so an open stream costs the connection and little
 * more. Writes come from one thread at a time (the relay's, or one writer's slice).
 */
final class LiveStreamResponse implements AsyncListener {

	/** Sent first: how long a browser waits before reconnecting, and a comment. */
	private static final byte[] OPENING = ("retry:" + LiveStreams.RECONNECT_MILLIS + "\n:live\n\n")
		.getBytes(StandardCharsets.US_ASCII);

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final Runnable closed;

	private LiveStreamResponse(AsyncContext async, ServletOutputStream out, Runnable closed) {
		this.async = async;
		this.out = out;
		this.closed = closed;
	}

	/**
	 * Starts the stream: the response's headers and its first lines go out at once,
	 * before any event. {@code closed} runs once the stream is over, however it ended.
	 */
	static LiveStreamResponse start(HttpServletRequest request, HttpServletResponse response, Duration timeout,
			Runnable closed) throws IOException {
		headers(response);
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(timeout.toMillis());
		LiveStreamResponse stream = new LiveStreamResponse(async, response.getOutputStream(), closed);
		async.addListener(stream);
		stream.send(OPENING);
		return stream;
	}

	/** The stream's status and headers. */
	static void headers(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/event-stream;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		// nginx and other proxies pass each event on at once instead of buffering
		response.setHeader("X-Accel-Buffering", "no");
	}

	/** Writes the bytes and pushes them to the reader. */
	void send(byte[] bytes) throws IOException {
		this.out.write(bytes);
		this.out.flush();
	}

	/** Ends the stream (the reader's script reconnects). */
	void complete() {
		try {
			this.async.complete();
		}
		catch (IllegalStateException ex) {
			// already completed, or the connection already failed
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		this.closed.run();
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		complete();
	}

	@Override
	public void onError(AsyncEvent event) {
		complete();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// never restarted
	}

}
