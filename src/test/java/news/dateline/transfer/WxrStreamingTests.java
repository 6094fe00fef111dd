package news.dateline.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer's reading streams: a 20 MB export is read, converted and rendered in a JVM
 * whose whole heap is 16 MB, which could not even hold the file's text, let alone a DOM
 * of it.
 */
class WxrStreamingTests {

	static final int POSTS = 1000;

	@TempDir
	Path directory;

	@Test
	void readsAnExportLargerThanTheWholeHeap() throws IOException, InterruptedException {
		Path file = this.directory.resolve("large.xml");
		// most of the bytes in comments, which are read but not converted, to keep the
		// test quick
		long size = GeneratedWxr.write(file, POSTS, 2_000, 8, 2_300);
		assertThat(size).isGreaterThan(20L * 1024 * 1024);

		Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				StreamingProbe.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		boolean ended = probe.waitFor(120, TimeUnit.SECONDS);
		String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!ended) {
			probe.destroyForcibly();
		}
		assertThat(ended).as("probe ended").isTrue();
		assertThat(probe.exitValue()).as(output).isZero();
		assertThat(output).contains("items=" + POSTS + " comments=" + (8 * POSTS) + " unreadable=0");
		System.out.println("Streaming probe, " + size + " bytes in a 16 MB heap: " + output.strip());
	}

}
