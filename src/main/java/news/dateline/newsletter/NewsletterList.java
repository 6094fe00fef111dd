package news.dateline.newsletter;

/**
 * A list a reader can subscribe to, by key: {@code breaking}, {@code daily} or
 * {@code section:{slug}}.
 *
 * @param key the list's key
 * @param sectionName the section's name for a section list, else null
 */
public record NewsletterList(String key, String sectionName) {

	public static final String BREAKING = "breaking";

	public static final String DAILY = "daily";

	/** Whether the key names a list (a section key must name a slug). */
	public static boolean isKey(String key) {
		return BREAKING.equals(key) || DAILY.equals(key)
				|| (key != null && key.matches("section:[\\p{L}\\p{N}-]{1,120}"));
	}

	/** The message key of the list's name. */
	public String messageKey() {
		return this.key.startsWith("section:") ? "newsletter.list.section" : "newsletter.list." + this.key;
	}

}
