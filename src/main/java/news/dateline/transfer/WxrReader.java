package news.dateline.transfer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads a WXR document one channel element at a time: the text is cut into pieces by
 * {@link WxrChunker} and each piece is parsed with StAX into a small {@link XmlElement}
 * tree, so memory holds one item (with its comments) at a time, whatever the size of the
 * file. A piece that is not well-formed XML is tried once more with bare ampersands and
 * HTML entities escaped; if that fails too it comes back as {@link Unreadable}, and
 * reading goes on with the next piece.
 */
final class WxrReader implements Closeable {

	private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)[\"']");

	private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[.*?\\]\\]>", Pattern.DOTALL);

	private static final Pattern AMPERSAND = Pattern.compile("&(#[0-9]+;|#x[0-9a-fA-F]+;|([A-Za-z][A-Za-z0-9]*);)?");

	private static final Map<String, String> STANDARD_PREFIXES = Map.of("wp", Wxr.WP, "excerpt", Wxr.EXCERPT, "content",
			Wxr.CONTENT, "dc", Wxr.DC, "wfw", Wxr.WFW, "dateline", Wxr.DATELINE);

	private final InputStream stream;

	private final WxrChunker chunker;

	private final XMLInputFactory factory;

	WxrReader(InputStream in) throws IOException {
		this(in, WxrChunker.MAX_CHARS);
	}

	/** A reader that passes over any channel element longer than {@code maxChars}. */
	WxrReader(InputStream in, int maxChars) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 65_536);
		Charset charset = detectCharset(buffered);
		this.stream = buffered;
		this.chunker = new WxrChunker(new BufferedReader(new InputStreamReader(buffered, charset), 65_536), maxChars);
		this.factory = XMLInputFactory.newFactory();
		this.factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		this.factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		this.factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		this.factory.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	/** What one channel element gave: read, read after a repair, or not readable. */
	sealed interface Entry permits Element, Unreadable {

		int line();

	}

	/** A channel element and the repairs it needed, if any. */
	record Element(int line, XmlElement element, List<String> repairs) implements Entry {
	}

	/** A channel element that could not be read, with the parser's account of why. */
	record Unreadable(int line, String name, String problem) implements Entry {
	}

	/** The next channel element, or null at the end of the document. */
	Entry next() throws IOException {
		WxrChunker.Chunk chunk = this.chunker.next();
		if (chunk == null) {
			return null;
		}
		if (chunk.problem() == WxrChunker.Problem.TOO_LARGE) {
			return new Unreadable(chunk.line(), chunk.name(), "too large to import");
		}
		List<String> repairs = new ArrayList<>();
		if (chunk.removedCharacters() > 0) {
			repairs.add(chunk.removedCharacters() + " characters that XML does not allow were removed");
		}
		String text = chunk.text();
		if (chunk.problem() == WxrChunker.Problem.UNTERMINATED) {
			text = text + "</" + chunk.name() + ">";
			repairs.add("<" + chunk.name() + "> was not closed");
		}
		String wrapper = wrapper();
		try {
			return new Element(chunk.line(), parse(wrapper, text), repairs);
		}
		catch (XMLStreamException ex) {
			String repaired = escapeEntities(text);
			if (!repaired.equals(text)) {
				try {
					XmlElement element = parse(wrapper, repaired);
					repairs.add("unescaped '&' or HTML entities were escaped");
					return new Element(chunk.line(), element, repairs);
				}
				catch (XMLStreamException retry) {
					// reported below with the first failure, which names the first
					// problem
				}
			}
			int problemLine = (ex.getLocation() != null)
					? chunk.line() + Math.max(0, ex.getLocation().getLineNumber() - 2) : chunk.line();
			return new Unreadable(problemLine, chunk.name(), describe(ex));
		}
	}

	/**
	 * About how many bytes of the file the elements read so far took: what the progress
	 * bar shows, rather than what the buffers have read ahead.
	 */
	long bytesConsumed() {
		return this.chunker.bytesConsumed();
	}

	@Override
	public void close() throws IOException {
		this.stream.close();
	}

	private String wrapper() {
		Map<String, String> declared = new LinkedHashMap<>(STANDARD_PREFIXES);
		declared.putAll(this.chunker.namespaces());
		StringBuilder open = new StringBuilder("<wxr-piece");
		declared.forEach((prefix, uri) -> open.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
			.append("=\"")
			.append(HtmlUtils.htmlEscape(uri, "UTF-8"))
			.append('"'));
		return open.append('>').toString();
	}

	private XmlElement parse(String wrapper, String text) throws XMLStreamException {
		XMLStreamReader xml = this.factory
			.createXMLStreamReader(new StringReader(wrapper + "\n" + text + "</wxr-piece>"));
		try {
			Deque<Builder> open = new ArrayDeque<>();
			XmlElement root = null;
			while (xml.hasNext()) {
				int event = xml.next();
				switch (event) {
					case XMLStreamConstants.START_ELEMENT -> {
						Map<String, String> attributes = new LinkedHashMap<>();
						for (int i = 0; i < xml.getAttributeCount(); i++) {
							attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
						}
						open.push(new Builder(Wxr.normalise(xml.getNamespaceURI()), xml.getLocalName(), attributes));
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (!open.isEmpty()) {
							open.peek().text.append(xml.getText());
						}
					}
					case XMLStreamConstants.END_ELEMENT -> {
						XmlElement done = open.pop().build();
						if (open.isEmpty()) {
							root = done;
						}
						else {
							open.peek().children.add(done);
						}
					}
					default -> {
					}
				}
			}
			if (root == null || root.children().size() != 1) {
				throw new XMLStreamException("expected one element");
			}
			return root.children().get(0);
		}
		finally {
			xml.close();
		}
	}

	/**
	 * Escapes bare ampersands and turns HTML's named entities into characters, outside
	 * CDATA sections.
	 */
	static String escapeEntities(String text) {
		StringBuilder out = new StringBuilder(text.length() + 64);
		Matcher cdata = CDATA.matcher(text);
		int from = 0;
		while (cdata.find()) {
			out.append(escapeOutsideCdata(text.substring(from, cdata.start())));
			out.append(cdata.group());
			from = cdata.end();
		}
		out.append(escapeOutsideCdata(text.substring(from)));
		return out.toString();
	}

	private static String escapeOutsideCdata(String text) {
		Matcher ampersands = AMPERSAND.matcher(text);
		StringBuilder out = new StringBuilder();
		while (ampersands.find()) {
			String replacement;
			if (ampersands.group(1) == null) {
				replacement = "&amp;";
			}
			else if (ampersands.group(2) == null || isXmlEntity(ampersands.group(2))) {
				replacement = ampersands.group();
			}
			else {
				String character = HtmlUtils.htmlUnescape(ampersands.group());
				replacement = character.equals(ampersands.group()) ? "&amp;" + ampersands.group(1)
						: "&#" + character.codePointAt(0) + ";";
			}
			ampersands.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		ampersands.appendTail(out);
		return out.toString();
	}

	private static boolean isXmlEntity(String name) {
		return switch (name) {
			case "amp", "lt", "gt", "quot", "apos" -> true;
			default -> false;
		};
	}

	private static String describe(XMLStreamException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		int detail = message.indexOf("Message: ");
		return (detail >= 0) ? message.substring(detail + "Message: ".length()).strip() : message.strip();
	}

	private static Charset detectCharset(BufferedInputStream in) throws IOException {
		in.mark(1024);
		byte[] head = in.readNBytes(512);
		in.reset();
		int bom = 0;
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			bom = 3;
		}
		in.skipNBytes(bom);
		Matcher declared = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
		if (declared.find() && Charset.isSupported(declared.group(1))) {
			return Charset.forName(declared.group(1));
		}
		return StandardCharsets.UTF_8;
	}

	/** An element being read: its name, attributes, text so far and finished children. */
	private static final class Builder {

		private final String namespace;

		private final String name;

		private final Map<String, String> attributes;

		private final StringBuilder text = new StringBuilder();

		private final List<XmlElement> children = new ArrayList<>();

		Builder(String namespace, String name, Map<String, String> attributes) {
			this.namespace = (namespace == null || XMLConstants.NULL_NS_URI.equals(namespace)) ? Wxr.RSS : namespace;
			this.name = name;
			this.attributes = attributes;
		}

		XmlElement build() {
			return new XmlElement(this.namespace, this.name, Map.copyOf(this.attributes), this.text.toString(),
					List.copyOf(this.children));
		}

	}

}
