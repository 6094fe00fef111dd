package news.dateline.web;

import java.nio.charset.StandardCharsets;

/**
 * One write of a live story as {@link LiveStreams} sends it: its number, and the bytes of
 * its {@code text/event-stream} lines, made once for all streams, so that each stream's
 * send only copies them out (no conversion of text per stream).
 */
record LiveEvent(long seq, byte[] bytes) {

	/**
	 * The lines of an event (or, without a name, of a comment): {@code id:},
	 * {@code event:} and one {@code data:} line per line of the data, then a blank line.
	 */
	static byte[] encode(String id, String name, String data) {
		StringBuilder lines = new StringBuilder(data.length() + 48);
		if (id != null) {
			lines.append("id:").append(id).append('\n');
		}
		if (name != null) {
			lines.append("event:").append(name).append('\n');
		}
		for (String line : data.split("\\r\\n|\\r|\\n", -1)) {
			lines.append((name != null) ? "data:" : ":").append(line).append('\n');
		}
		lines.append('\n');
		return lines.toString().getBytes(StandardCharsets.UTF_8);
	}

}
