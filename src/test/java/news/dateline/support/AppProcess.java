package news.dateline.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Dateline started as a separate JVM on a free port, for tests that must stop it the hard
 * way ({@code kill -9}) and start it again on the same database. The child gets the test
 * JVM's class path, less its test classes, and logs to a file.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final int managementPort;

	private AppProcess(Process process, int port, int managementPort) {
		this.process = process;
		this.port = port;
		this.managementPort = managementPort;
	}

	/**
	 * Starts the application with these extra arguments and waits until it serves the
	 * given page.
	 */
	public static AppProcess start(Path log, Duration deadline, String readyPath, String... arguments)
			throws IOException, InterruptedException {
		int port = freePort();
		int managementPort = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(), "news.dateline.DatelineApplication",
						"--server.port=" + port, "--management.server.port=" + managementPort,
						"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		AppProcess app = new AppProcess(process, port, managementPort);
		app.awaitReady(readyPath, deadline);
		return app;
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** An address on the management port (health, Prometheus). */
	public String managementUrl(String path) {
		return "http://127.0.0.1:" + this.managementPort + path;
	}

	/** Ends the process at once, as a crash or {@code kill -9} would. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	/**
	 * Waits until the log holds a line with the text, for what the application does after
	 * it starts serving (such as creating the first Administrator from the environment).
	 */
	public static void awaitLog(Path log, String text, Duration deadline) throws IOException, InterruptedException {
		Instant until = Instant.now().plus(deadline);
		while (!java.nio.file.Files.readString(log).contains(text)) {
			if (Instant.now().isAfter(until)) {
				throw new IllegalStateException("The log did not show \"" + text + "\" within " + deadline);
			}
			Thread.sleep(100);
		}
	}

	private void awaitReady(String path, Duration deadline) throws InterruptedException, IOException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant until = Instant.now().plus(deadline);
		while (Instant.now().isBefore(until)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Dateline exited with " + this.process.exitValue() + " while starting");
			}
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		kill();
		throw new IllegalStateException("Dateline did not serve " + path + " within " + deadline);
	}

	/**
	 * The test JVM's class path without the test classes: the child must run as a
	 * deployment does, not with the tests' settings
	 * ({@code config/application.properties} turns the timers, the search catch-up and
	 * the page cache off) nor their {@code @TestConfiguration} beans (a fixed clock),
	 * which component scanning would otherwise pick up.
	 */
	static String applicationClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
