package news.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One item of the pre-publish checklist; publishing, scheduling and embargoing wait until
 * every item is met.
 */
public enum ChecklistItem {

	HEADLINE, DECK, BYLINE, SECTION, IMAGE_ALT, SOURCE, DATELINE;

	/** The items a story with these fields would leave unmet, in checklist order. */
	public static List<ChecklistItem> unmet(String headline, String deck, boolean hasByline, boolean hasSection,
			String imageUrl, String imageAlt, boolean hasSource, String datelineCity) {
		List<ChecklistItem> unmet = new ArrayList<>();
		if (isBlank(headline)) {
			unmet.add(HEADLINE);
		}
		if (isBlank(deck)) {
			unmet.add(DECK);
		}
		if (!hasByline) {
			unmet.add(BYLINE);
		}
		if (!hasSection) {
			unmet.add(SECTION);
		}
		if (!isBlank(imageUrl) && isBlank(imageAlt)) {
			unmet.add(IMAGE_ALT);
		}
		if (!hasSource) {
			unmet.add(SOURCE);
		}
		if (isBlank(datelineCity)) {
			unmet.add(DATELINE);
		}
		return unmet;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** The message that says what is missing, e.g. {@code checklist.image-alt}. */
	public String messageKey() {
		return "checklist." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
