package news.dateline.web;

import news.dateline.live.LiveEntryView;

/** Short plain-text forms of live entries, for titles of feed items and updates. */
final class LiveText {

	static final int SNIPPET = 110;

	private LiveText() {
	}

	/** The entry's first words (its Markdown with the marks dropped), cut at a word. */
	static String snippet(LiveEntryView entry) {
		String text = entry.bodyMarkdown()
			.replaceAll("[*_`#>\\[\\]]|\\(https?://[^)]*\\)", "")
			.replaceAll("\\s+", " ")
			.strip();
		if (text.length() <= SNIPPET) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SNIPPET);
		return text.substring(0, (cut > SNIPPET / 2) ? cut : SNIPPET) + "…";
	}

}
