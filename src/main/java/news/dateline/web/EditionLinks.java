package news.dateline.web;

import java.util.List;

/**
 * A page's versions in the site's editions: the {@code <link rel="alternate" hreflang>}
 * of each (absolute URLs), the {@code x-default} one (the default edition's, null when it
 * has none), and the visible links to the others, each labelled in its own language
 * ("Leer en español", "Read in English").
 */
record EditionLinks(List<Version> alternates, String xDefault, List<Version> others) {

	static final EditionLinks NONE = new EditionLinks(List.of(), null, List.of());

	/**
	 * One version of the page: the language tag of its edition, its absolute URL, its
	 * path on this site, the link's text in that language, and the home page's suggestion
	 * of that edition, in that language too.
	 */
	record Version(String hreflang, String href, String path, String label, String suggestion) {
	}

}
