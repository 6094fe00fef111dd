package news.dateline.article;

import java.util.Locale;

/**
 * One item of the pre-publish checklist; publishing, scheduling and embargoing wait until every item
 * is met.
 */
public enum ChecklistItem {

	HEADLINE, DECK, BYLINE, SECTION, IMAGE_ALT, SOURCE, DATELINE;

	/** The message that says what is missing, e.g. {@code checklist.image-alt}. */
	public String messageKey() {
		return "checklist." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
