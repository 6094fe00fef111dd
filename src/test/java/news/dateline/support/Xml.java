package news.dateline.support;

import java.io.StringReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * XML checks for tests: validation against the schemas under
 * {@code src/test/resources/schemas} and namespace-aware XPath over a parsed document.
 */
public final class Xml {

	private Xml() {
	}

	/**
	 * Validates the document against a schema resource; throws with the validator's
	 * message if invalid.
	 */
	public static void validate(String xml, String... schemaResources) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		StreamSource[] sources = new StreamSource[schemaResources.length];
		for (int i = 0; i < schemaResources.length; i++) {
			sources[i] = new StreamSource(Xml.class.getResource(schemaResources[i]).toExternalForm());
		}
		factory.newSchema(sources).newValidator().validate(new StreamSource(new StringReader(xml)));
	}

	public static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The text of every node the expression selects; prefixes are given as prefix, URI
	 * pairs.
	 */
	public static List<String> values(Document document, String expression, String... prefixes) throws Exception {
		var xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {

			@Override
			public String getNamespaceURI(String prefix) {
				for (int i = 0; i < prefixes.length; i += 2) {
					if (prefixes[i].equals(prefix)) {
						return prefixes[i + 1];
					}
				}
				return XMLConstants.NULL_NS_URI;
			}

			@Override
			public String getPrefix(String uri) {
				return null;
			}

			@Override
			public java.util.Iterator<String> getPrefixes(String uri) {
				return null;
			}

		});
		NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent());
		}
		return values;
	}

}
