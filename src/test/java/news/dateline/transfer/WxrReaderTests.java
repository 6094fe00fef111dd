package news.dateline.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dateline.transfer.WxrReader.Element;
import news.dateline.transfer.WxrReader.Entry;
import news.dateline.transfer.WxrReader.Unreadable;

import static org.assertj.core.api.Assertions.assertThat;

class WxrReaderTests {

	static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
			+ " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:wp=\"http://wordpress.org/export/1.1/\">\n"
			+ "<channel>\n<title>Site</title>\n";

	static List<Entry> read(String channelBody) throws IOException {
		List<Entry> entries = new ArrayList<>();
		byte[] bytes = (HEAD + channelBody + "</channel>\n</rss>\n").getBytes(StandardCharsets.UTF_8);
		try (WxrReader reader = new WxrReader(new ByteArrayInputStream(bytes))) {
			Entry entry;
			while ((entry = reader.next()) != null) {
				entries.add(entry);
			}
		}
		return entries;
	}

	static XmlElement element(Entry entry) {
		return ((Element) entry).element();
	}

	@Test
	void readsEachChannelChildOnItsOwnWithItsLine() throws IOException {
		List<Entry> entries = read(
				"<item><title>One</title><wp:post_id>1</wp:post_id></item>\n" + "<item><title>Two</title></item>\n");
		assertThat(entries).extracting(Entry::line).containsExactly(4, 5, 6);
		assertThat(element(entries.get(0)).trimmedText()).isEqualTo("Site");
		assertThat(element(entries.get(1)).text(Wxr.WP, "post_id")).isEqualTo("1");
	}

	@Test
	void readsOlderWordPressNamespacesAsTheCurrentOne() throws IOException {
		XmlElement item = element(read("<item><wp:status>publish</wp:status></item>").get(1));
		assertThat(item.text(Wxr.WP, "status")).isEqualTo("publish");
	}

	@Test
	void keepsCdataThatLooksLikeTheEndOfAnItem() throws IOException {
		List<Entry> entries = read("<item><content:encoded><![CDATA[<p>RSS ends items with </item> and ]] too</p>]]>"
				+ "</content:encoded></item>\n<item><title>Next</title></item>\n");
		assertThat(element(entries.get(1)).text(Wxr.CONTENT, "encoded"))
			.isEqualTo("<p>RSS ends items with </item> and ]] too</p>");
		assertThat(element(entries.get(2)).text(Wxr.RSS, "title")).isEqualTo("Next");
	}

	@Test
	void reportsAnItemThatIsNotWellFormedAndReadsOn() throws IOException {
		List<Entry> entries = read(
				"<item>\n<title>Broken <b>markup</title>\n</item>\n<item><title>Fine</title></item>\n");
		assertThat(entries.get(1)).isInstanceOf(Unreadable.class);
		assertThat(entries.get(1).line()).isEqualTo(6);
		assertThat(((Unreadable) entries.get(1)).problem()).isNotBlank();
		assertThat(element(entries.get(2)).text(Wxr.RSS, "title")).isEqualTo("Fine");
	}

	@Test
	void endsAnUnclosedItemAtTheNextOne() throws IOException {
		List<Entry> entries = read("<item><title>Unclosed</title>\n<item><title>Fine</title></item>\n");
		assertThat(element(entries.get(1)).text(Wxr.RSS, "title")).isEqualTo("Unclosed");
		assertThat(((Element) entries.get(1)).repairs()).containsExactly("<item> was not closed");
		assertThat(element(entries.get(2)).text(Wxr.RSS, "title")).isEqualTo("Fine");
	}

	@Test
	void escapesBareAmpersandsAndHtmlEntitiesButNotCdata() throws IOException {
		List<Entry> entries = read("<item><title>Fish & chips&nbsp;&amp; more&hellip;</title>"
				+ "<content:encoded><![CDATA[a &amp; b]]></content:encoded></item>\n");
		XmlElement item = element(entries.get(1));
		assertThat(item.text(Wxr.RSS, "title")).isEqualTo("Fish & chips\u00a0& more\u2026");
		assertThat(item.text(Wxr.CONTENT, "encoded")).isEqualTo("a &amp; b");
		assertThat(((Element) entries.get(1)).repairs()).containsExactly("unescaped '&' or HTML entities were escaped");
	}

	@Test
	void dropsCharactersXmlForbidsAndSaysHowMany() throws IOException {
		List<Entry> entries = read("<item><title>Bell\u0007 and form\u000C feed</title></item>\n");
		assertThat(element(entries.get(1)).text(Wxr.RSS, "title")).isEqualTo("Bell and form feed");
		assertThat(((Element) entries.get(1)).repairs())
			.containsExactly("2 characters that XML does not allow were removed");
	}

	@Test
	void passesOverAnElementTooLargeToKeep() throws IOException {
		List<Entry> entries = new ArrayList<>();
		String body = HEAD + "<item><title>" + "x".repeat(500) + "</title></item>\n<item><title>Small</title></item>\n"
				+ "</channel></rss>";
		try (WxrReader reader = new WxrReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), 200)) {
			Entry entry;
			while ((entry = reader.next()) != null) {
				entries.add(entry);
			}
		}
		assertThat(entries.get(1)).isInstanceOf(Unreadable.class);
		assertThat(element(entries.get(2)).text(Wxr.RSS, "title")).isEqualTo("Small");
	}

	@Test
	void ignoresDocumentTypeDeclarationsInsteadOfResolvingEntities() throws IOException {
		String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<rss version=\"2.0\"><channel><item><title>&xxe;</title></item></channel></rss>";
		List<Entry> entries = new ArrayList<>();
		try (WxrReader reader = new WxrReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))) {
			Entry entry;
			while ((entry = reader.next()) != null) {
				entries.add(entry);
			}
		}
		assertThat(entries).hasSize(1);
		String title = (entries.get(0) instanceof Element element) ? element.element().text(Wxr.RSS, "title") : "";
		assertThat(title).doesNotContain("root:");
	}

}
