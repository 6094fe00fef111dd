package news.dateline.transfer;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an export as it goes (StAX), with the WXR prefixes declared once on the root.
 * Text is cleaned of characters XML cannot carry; longer texts go in CDATA sections, as
 * WordPress writes them. Extensions write their elements in Dateline's namespace with
 * {@link #start}, {@link #element} and {@link #end}.
 */
public final class WxrWriter implements AutoCloseable {

	private final XMLStreamWriter xml;

	private int depth;

	/**
	 * For each open element, whether it has child elements (then its end tag goes on a
	 * line of its own).
	 */
	private final java.util.Deque<boolean[]> open = new java.util.ArrayDeque<>();

	WxrWriter(OutputStream out) throws XMLStreamException {
		this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
	}

	void startDocument() throws XMLStreamException {
		this.xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		newline();
		this.xml.writeStartElement("rss");
		this.xml.writeAttribute("version", "2.0");
		this.xml.writeNamespace("excerpt", Wxr.EXCERPT);
		this.xml.writeNamespace("content", Wxr.CONTENT);
		this.xml.writeNamespace("wfw", Wxr.WFW);
		this.xml.writeNamespace("dc", Wxr.DC);
		this.xml.writeNamespace("wp", Wxr.WP);
		this.xml.writeNamespace("dateline", Wxr.DATELINE);
		this.xml.setPrefix("excerpt", Wxr.EXCERPT);
		this.xml.setPrefix("content", Wxr.CONTENT);
		this.xml.setPrefix("dc", Wxr.DC);
		this.xml.setPrefix("wp", Wxr.WP);
		this.xml.setPrefix("dateline", Wxr.DATELINE);
		this.depth = 1;
		start(Wxr.RSS, "channel");
	}

	void endDocument() throws XMLStreamException {
		end();
		newline();
		this.xml.writeEndElement();
		newline();
		this.xml.writeEndDocument();
		this.xml.flush();
	}

	/** Opens an element in Dateline's namespace. */
	public void start(String localName) throws XMLStreamException {
		start(Wxr.DATELINE, localName);
	}

	/** Adds an attribute to the element just opened. */
	public void attribute(String name, String value) throws XMLStreamException {
		if (value != null) {
			this.xml.writeAttribute(name, clean(value));
		}
	}

	/** Closes the innermost open element. */
	public void end() throws XMLStreamException {
		this.depth--;
		if (this.open.pop()[0]) {
			newline();
			indent();
		}
		this.xml.writeEndElement();
	}

	/**
	 * A whole element in Dateline's namespace with text; nothing when the text is null.
	 */
	public void element(String localName, String text) throws XMLStreamException {
		element(Wxr.DATELINE, localName, text);
	}

	void start(String namespace, String localName) throws XMLStreamException {
		newline();
		indent();
		if (namespace.isEmpty()) {
			this.xml.writeStartElement(localName);
		}
		else {
			this.xml.writeStartElement(namespace, localName);
		}
		this.depth++;
		if (!this.open.isEmpty()) {
			this.open.peek()[0] = true;
		}
		this.open.push(new boolean[1]);
	}

	/**
	 * A whole element with text; nothing when the text is null. Text with markup goes in
	 * CDATA.
	 */
	void element(String namespace, String localName, String text) throws XMLStreamException {
		if (text == null) {
			return;
		}
		start(namespace, localName);
		text(text);
		end();
	}

	/** A whole element, written even when its text is empty. */
	void always(String namespace, String localName, String text) throws XMLStreamException {
		element(namespace, localName, (text != null) ? text : "");
	}

	/** Text inside the element just opened. */
	void text(String text) throws XMLStreamException {
		String clean = clean(text);
		if (clean.indexOf('\r') >= 0) {
			// a parser reads a raw carriage return as a line feed: keep it as a character
			// reference
			String[] lines = clean.split("\r", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					this.xml.writeEntityRef("#13");
				}
				this.xml.writeCharacters(lines[i]);
			}
		}
		else if (clean.indexOf('<') >= 0 || clean.indexOf('&') >= 0 || clean.indexOf('\n') >= 0) {
			// as WordPress writes it; "]]>" inside the text is split across two sections
			this.xml.writeCData(clean.replace("]]>", "]]]]><![CDATA[>"));
		}
		else {
			this.xml.writeCharacters(clean);
		}
	}

	void flush() throws XMLStreamException {
		this.xml.flush();
	}

	@Override
	public void close() throws XMLStreamException {
		this.xml.close();
	}

	private void newline() throws XMLStreamException {
		this.xml.writeCharacters("\n");
	}

	private void indent() throws XMLStreamException {
		for (int i = 1; i < this.depth; i++) {
			this.xml.writeCharacters("\t");
		}
	}

	/**
	 * The text without the characters XML 1.0 cannot carry (control characters other than
	 * tab and line breaks).
	 */
	static String clean(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean invalid = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
			if (invalid && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (!invalid && out != null) {
				out.append(c);
			}
		}
		return (out != null) ? out.toString() : text;
	}

}
