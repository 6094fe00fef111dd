package news.dateline.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element read from an export, with its attributes, its own text and its child
 * elements. The reader builds these for one channel element at a time (an item with its
 * comments, an author), never for the whole file.
 */
public record XmlElement(String namespace, String name, Map<String, String> attributes, String text,
		List<XmlElement> children) {

	/** The first child with this namespace and local name. */
	public Optional<XmlElement> child(String namespace, String name) {
		return this.children.stream().filter((child) -> child.is(namespace, name)).findFirst();
	}

	/** Every child with this namespace and local name, in document order. */
	public List<XmlElement> children(String namespace, String name) {
		return this.children.stream().filter((child) -> child.is(namespace, name)).toList();
	}

	/**
	 * The trimmed text of the first such child, or null when there is none or it is
	 * blank.
	 */
	public String text(String namespace, String name) {
		return child(namespace, name).map(XmlElement::trimmedText).orElse(null);
	}

	/** This element's own text, trimmed, or null when blank. */
	public String trimmedText() {
		String trimmed = this.text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	public String attribute(String name) {
		return this.attributes.get(name);
	}

	public boolean is(String namespace, String name) {
		return this.namespace.equals(namespace) && this.name.equals(name);
	}

}
