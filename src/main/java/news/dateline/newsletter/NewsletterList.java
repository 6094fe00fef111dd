package news.dateline.newsletter;

/**
 * A list a reader can subscribe to, by key: {@code breaking}, {@code daily},
 * {@code section:{slug}} or {@code author:{slug}} (weekly digests), or
 * {@code replies:{storyId}} (a commenter's reply notifications for one story's thread).
 *
 * @param key the list's key
 * @param sectionName the section's or author's name for such a list, the story's headline
 * for a reply list (null once the story is no longer live: the list then has a generic
 * name), else null
 */
public record NewsletterList(String key, String sectionName) {

	public static final String BREAKING = "breaking";

	public static final String DAILY = "daily";

	/** The start of every reply-notification list's key. */
	static final String REPLIES_PREFIX = "replies:";

	/** The key that stands for every reply-notification list of an address. */
	public static final String ALL_REPLIES = REPLIES_PREFIX + "all";

	/** The key of the reply-notification list of one story's thread. */
	public static String replies(long storyId) {
		return REPLIES_PREFIX + storyId;
	}

	/** Whether the key names one story's reply-notification list. */
	public static boolean isReplies(String key) {
		return key != null && key.startsWith(REPLIES_PREFIX)
				&& key.substring(REPLIES_PREFIX.length()).matches("\\d{1,18}");
	}

	/** The story of a reply-notification list's key, or null for any other key. */
	public static Long storyOf(String key) {
		return isReplies(key) ? Long.valueOf(key.substring(REPLIES_PREFIX.length())) : null;
	}

	/** Whether the key names a list (a section key must name a slug). */
	public static boolean isKey(String key) {
		return BREAKING.equals(key) || DAILY.equals(key)
				|| (key != null && (key.matches("(section|author):[\\p{L}\\p{N}-]{1,120}") || isReplies(key)));
	}

	/**
	 * Whether the key names a digest list: the daily list, or a section's or author's
	 * weekly list (never breaking news or reply notifications).
	 */
	public static boolean isDigest(String key) {
		return DAILY.equals(key) || (isKey(key) && (key.startsWith("section:") || key.startsWith("author:")));
	}

	/** The message key of the list's name. */
	public String messageKey() {
		if (this.key.startsWith("section:")) {
			return "newsletter.list.section";
		}
		if (isReplies(this.key)) {
			return (this.sectionName != null) ? "newsletter.list.replies" : "newsletter.list.replies-gone";
		}
		return this.key.startsWith("author:") ? "newsletter.list.author" : "newsletter.list." + this.key;
	}

}
