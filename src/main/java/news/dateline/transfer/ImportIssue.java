package news.dateline.transfer;

/**
 * Something the import passed over or had to mend: which entry (with the line it starts
 * on in the file, its id there and its title or name, where it has them), what happened
 * and why.
 *
 * @param detail the particular value or parser message behind the reason; may be null
 */
public record ImportIssue(Outcome outcome, int line, Entry entry, String externalId, String title, Reason reason,
		String detail) {

	/** The message key of the entry's kind, such as {@code transfer.entry.post}. */
	public String entryKey() {
		return "transfer.entry." + this.entry.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Whether the entry was left out or brought in with a change. */
	public enum Outcome {

		SKIPPED, REPAIRED

	}

	/** What kind of entry the issue is about. */
	public enum Entry {

		ITEM, POST, COMMENT, AUTHOR, CATEGORY, TAG, SOURCE, ELEMENT

	}

	/**
	 * Why; each has a message {@code transfer.reason.<name in lower case, with hyphens>}.
	 */
	public enum Reason {

		UNREADABLE_XML, NOT_A_POST, ATTACHMENT, NO_ID, DUPLICATE_ID, NO_TITLE, BAD_DATE, UNKNOWN_STATUS, TRASHED,
		BODY_TOO_LONG, POST_NOT_IMPORTED, PARENT_MISSING, PARENT_SKIPPED, PINGBACK, EMPTY_COMMENT, NO_SLUG,
		STORE_FAILED, XML_REPAIRED, TRUNCATED, TAG_DROPPED, UNKNOWN_SOURCE, UNKNOWN_ELEMENT, MEDIA_REFUSED,
		MEDIA_MISSING, PASSWORD_PROTECTED, RELEASE_TIME_MISSING, STICKY_NOT_PINNED, UNKNOWN_SHORTCODE,
		META_NOT_IMPORTED, TAXONOMY_NOT_IMPORTED, UNKNOWN_LANGUAGE, TRANSLATION_SLUG_REFUSED,
		TRANSLATION_LANGUAGE_TAKEN, TRANSLATION_MISSING, STORY_LANGUAGE_UNKNOWN;

		public String messageKey() {
			return "transfer.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
