package news.dateline.transfer;

/**
 * The namespaces of a WordPress export (WXR 1.2) and of Dateline's extension to it.
 * WordPress's own namespaces carry their version; the reader accepts 1.0, 1.1 and 1.2 as
 * the same.
 */
final class Wxr {

	static final String RSS = "";

	static final String WP = "http://wordpress.org/export/1.2/";

	static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";

	static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	static final String WFW = "http://wellformedweb.org/CommentAPI/";

	/** Dateline's extension: what WXR cannot say (see docs/export-format.md). */
	static final String DATELINE = "urn:dateline:export:1";

	static final String VERSION = "1.2";

	private static final String WORDPRESS_EXPORT = "http://wordpress.org/export/";

	private Wxr() {
	}

	/**
	 * The namespace as this code knows it: WordPress's earlier export versions read as
	 * 1.2.
	 */
	static String normalise(String namespace) {
		if (namespace == null) {
			return RSS;
		}
		if (namespace.startsWith(WORDPRESS_EXPORT) || namespace.startsWith("https://wordpress.org/export/")) {
			return namespace.endsWith("/excerpt/") ? EXCERPT : WP;
		}
		return namespace;
	}

}
