package news.dateline.article;

import java.util.List;

/**
 * The editor page's "Translations" panel of a story: one row per edition (the story's
 * own, its translations with their state, and the languages it has none in yet), and the
 * original story shown beside the form when the story is a translation.
 *
 * @param articleId the story edited
 * @param language its language
 * @param linked whether it belongs to a translation group (its language is then fixed)
 * @param rows one per edition, the default edition first
 * @param original the story it was translated from, or null
 */
public record TranslationPanel(Long articleId, String language, boolean linked, List<Row> rows, Original original) {

	/**
	 * One edition's story of the group: {@code id} is null when the group has none in
	 * that language yet.
	 */
	public record Row(String language, Long id, String headline, ArticleStatus status, boolean self) {

		public boolean missing() {
			return this.id == null;
		}

	}

	/** The original's text, shown read-only beside the translation's form. */
	public record Original(Long id, String language, String headline, String deck, String body) {

	}

}
