package news.dateline.transfer;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import news.dateline.article.BodyRenderer;

/**
 * Run in a JVM of its own with a small heap by {@link WxrStreamingTests}: reads a whole
 * export the way the importer does (every element parsed, every body converted to
 * Markdown and rendered) and prints what it counted, its heap limit and how long it ran.
 */
final class StreamingProbe {

	private StreamingProbe() {
	}

	public static void main(String[] args) throws Exception {
		HtmlToMarkdown converter = new HtmlToMarkdown();
		BodyRenderer renderer = new BodyRenderer();
		long items = 0;
		long comments = 0;
		long unreadable = 0;
		long markdown = 0;
		long html = 0;
		try (InputStream in = Files.newInputStream(Path.of(args[0])); WxrReader reader = new WxrReader(in)) {
			WxrReader.Entry entry;
			while ((entry = reader.next()) != null) {
				if (entry instanceof WxrReader.Element element && element.element().name().equals("item")) {
					items++;
					comments += element.element().children(Wxr.WP, "comment").size();
					String body = converter.convert(element.element().text(Wxr.CONTENT, "encoded"));
					markdown += body.length();
					html += renderer.render(body, null).length();
				}
				else if (entry instanceof WxrReader.Unreadable) {
					unreadable++;
				}
			}
		}
		long millis = ManagementFactory.getRuntimeMXBean().getUptime();
		System.out.println("items=" + items + " comments=" + comments + " unreadable=" + unreadable + " markdown="
				+ markdown + " html=" + html + " max-heap=" + Runtime.getRuntime().maxMemory() + " ms=" + millis);
	}

}
