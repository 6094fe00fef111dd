package news.dateline.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of a demo content file: a kind ({@code === article}), {@code key: value}
 * headers, an empty line, and a free-text body that runs to the next block.
 */
record DemoBlock(String kind, Map<String, String> headers, String body) {

	String header(String key) {
		return this.headers.getOrDefault(key, "");
	}

	/** A comma-separated header as a list, without empty items. */
	List<String> list(String key) {
		return Arrays.stream(header(key).split(",")).map(String::trim).filter((item) -> !item.isEmpty()).toList();
	}

	static List<DemoBlock> parse(InputStream in) throws IOException {
		List<DemoBlock> blocks = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String kind = null;
			Map<String, String> headers = null;
			StringBuilder body = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("=== ")) {
					if (kind != null) {
						blocks.add(new DemoBlock(kind, headers, body.toString().strip()));
					}
					kind = line.substring(4).trim();
					headers = new LinkedHashMap<>();
					body = null;
				}
				else if (kind == null) {
					continue;
				}
				else if (body == null) {
					if (line.isBlank()) {
						body = new StringBuilder();
					}
					else {
						int colon = line.indexOf(':');
						if (colon < 0) {
							throw new IOException("Demo content header without a colon: " + line);
						}
						headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
					}
				}
				else {
					body.append(line).append('\n');
				}
			}
			if (kind != null) {
				blocks.add(new DemoBlock(kind, headers, (body == null) ? "" : body.toString().strip()));
			}
		}
		return blocks;
	}

}
