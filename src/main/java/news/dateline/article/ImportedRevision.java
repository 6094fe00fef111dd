package news.dateline.article;

import java.time.Instant;

/**
 * A saved version of a story brought in from a Dateline export, as it was saved there.
 *
 * @param savedBy the staff member who saved it, when known here; may be null
 * @param shownAt when readers first saw this text there; null if they never did
 * @param minorFix whether it is folded away on the public versions page (a typo fix)
 */
public record ImportedRevision(Long articleId, int number, String headline, String deck, String bodyMarkdown,
		String datelineCity, String datelineCountry, Long savedBy, String savedByName, Instant savedAt, Instant shownAt,
		boolean minorFix) {
}
