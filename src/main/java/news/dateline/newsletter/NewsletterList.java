package news.dateline.newsletter;

/**
 * A list a reader can subscribe to, by key: {@code breaking}, {@code daily},
 * {@code section:{slug}} or {@code author:{slug}} (the last two weekly digests).
 *
 * @param key the list's key
 * @param sectionName the section's or author's name for such a list, else null
 */
public record NewsletterList(String key, String sectionName) {

	public static final String BREAKING = "breaking";

	public static final String DAILY = "daily";

	/** Whether the key names a list (a section key must name a slug). */
	public static boolean isKey(String key) {
		return BREAKING.equals(key) || DAILY.equals(key)
				|| (key != null && key.matches("(section|author):[\\p{L}\\p{N}-]{1,120}"));
	}

	/** The message key of the list's name. */
	public String messageKey() {
		if (this.key.startsWith("section:")) {
			return "newsletter.list.section";
		}
		return this.key.startsWith("author:") ? "newsletter.list.author" : "newsletter.list." + this.key;
	}

}
