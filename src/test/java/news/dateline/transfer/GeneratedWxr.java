package news.dateline.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a WordPress export of any size for the streaming tests: posts in the classic
 * editor's style (paragraphs separated by blank lines, no {@code
 *
<p>
 * }), each with a thread of comments.
 */
final class GeneratedWxr {

	static final String PARAGRAPH = "The harbour board met again on Tuesday to discuss the <strong>new quay</strong>, the"
			+ " dredging of the channel &amp; the cost of both, which has risen by a third since the spring.";

	private GeneratedWxr() {
	}

	/**
	 * Writes {@code posts} posts of about {@code bodyChars} characters each; returns the
	 * file's size.
	 */
	static long write(Path file, int posts, int bodyChars) throws IOException {
		return write(file, posts, bodyChars, "generated");
	}

	/**
	 * Writes {@code posts} posts of about {@code bodyChars} characters, each with
	 * {@code comments} comments of about {@code commentChars} characters (each replying
	 * to the one before).
	 */
	static long write(Path file, int posts, int bodyChars, int comments, int commentChars) throws IOException {
		return write(file, posts, bodyChars, "generated", comments, commentChars);
	}

	/**
	 * The same, for a site named by {@code name}: its URL, author, category and post
	 * slugs all carry the name, so imports of different names never meet.
	 */
	static long write(Path file, int posts, int bodyChars, String name) throws IOException {
		return write(file, posts, bodyChars, name, 2, 30);
	}

	private static long write(Path file, int posts, int bodyChars, String name, int comments, int commentChars)
			throws IOException {
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\""
					+ " xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\""
					+ " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
					+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
					+ "<channel>\n<title>Generated</title>\n<link>https://" + name + ".example</link>\n"
					+ "<wp:wxr_version>1.2</wp:wxr_version>\n" + "<wp:base_site_url>https://" + name
					+ ".example</wp:base_site_url>\n" + "<wp:base_blog_url>https://" + name
					+ ".example</wp:base_blog_url>\n" + "<wp:author><wp:author_login><![CDATA[" + name
					+ "-writer]]></wp:author_login>"
					+ "<wp:author_display_name><![CDATA[Staff Writer]]></wp:author_display_name></wp:author>\n");
			StringBuilder body = new StringBuilder();
			while (body.length() < bodyChars) {
				body.append(PARAGRAPH).append("\n\n");
			}
			for (int i = 1; i <= posts; i++) {
				int day = 1 + (i % 28);
				out.write("<item>\n<title><![CDATA[Harbour story number " + i + "]]></title>\n");
				out.write("<link>https://" + name + ".example/2024/02/" + day + "/" + name + "-" + i + "/</link>\n");
				out.write("<dc:creator><![CDATA[" + name + "-writer]]></dc:creator>\n");
				out.write("<content:encoded><![CDATA[" + body + "]]></content:encoded>\n");
				out.write("<wp:post_id>" + i + "</wp:post_id>\n");
				out.write("<wp:post_date_gmt><![CDATA[2024-02-" + String.format("%02d", day)
						+ " 09:00:00]]></wp:post_date_gmt>\n");
				out.write("<wp:post_name><![CDATA[" + name + "-" + i + "]]></wp:post_name>\n");
				out.write(
						"<wp:status><![CDATA[publish]]></wp:status>\n<wp:post_type><![CDATA[post]]></wp:post_type>\n");
				out.write("<category domain=\"category\" nicename=\"" + name + "\"><![CDATA[Harbour]]></category>\n");
				String text = ("Reader's view on story " + i + ". ").repeat(1 + commentChars / 30);
				for (int c = 0; c < comments; c++) {
					int id = i * 100 + c;
					out.write(comment(id, (c == 0) ? 0 : id - 1, text));
				}
				out.write("</item>\n");
			}
			out.write("</channel>\n</rss>\n");
		}
		return Files.size(file);
	}

	private static String comment(int id, int parent, String text) {
		return "<wp:comment><wp:comment_id>" + id + "</wp:comment_id>" + "<wp:comment_author><![CDATA[Reader " + id
				+ "]]></wp:comment_author>" + "<wp:comment_author_email>reader" + id
				+ "@example.org</wp:comment_author_email>" + "<wp:comment_author_IP>192.0.2." + (id % 250)
				+ "</wp:comment_author_IP>" + "<wp:comment_date_gmt>2024-02-28 10:00:00</wp:comment_date_gmt>"
				+ "<wp:comment_content><![CDATA[" + text + "]]></wp:comment_content>"
				+ "<wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type>"
				+ "<wp:comment_parent>" + parent + "</wp:comment_parent></wp:comment>\n";
	}

}
