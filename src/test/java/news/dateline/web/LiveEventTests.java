package news.dateline.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bytes of a live event as every stream gets them: {@code text/event-stream} lines in
 * UTF-8, one {@code data:} line per line of data, and comments for heartbeats.
 */
class LiveEventTests {

	@Test
	void encodesAnEntryAsEventStreamLinesInUtf8() {
		assertThat(text(LiveEvent.encode("42", "entry", "{\"id\":7,\"html\":\"서울 — «ya» 🇰🇷\"}")))
			.isEqualTo("id:42\nevent:entry\ndata:{\"id\":7,\"html\":\"서울 — «ya» 🇰🇷\"}\n\n");
	}

	@Test
	void givesEachLineOfDataItsOwnDataLine() {
		assertThat(text(LiveEvent.encode("9", "end", "one\r\ntwo\nthree")))
			.isEqualTo("id:9\nevent:end\ndata:one\ndata:two\ndata:three\n\n");
	}

	@Test
	void heartbeatIsACommentLine() {
		assertThat(text(LiveEvent.encode(null, null, ""))).isEqualTo(":\n\n");
	}

	private static String text(byte[] event) {
		return new String(event, StandardCharsets.UTF_8);
	}

}
