package news.dateline.article;

import java.util.Locale;

/**
 * What the admin article list can do to several stories at once.
 */
public enum ArticleBulkAction {

	/** Files the stories under another section (a new revision each). */
	MOVE_TO_SECTION,

	/** Adds one tag to each story (a new revision each, where it lacked the tag). */
	ADD_TAG,

	/** Takes published stories off the site and cancels scheduled releases: editors. */
	UNPUBLISH,

	/** Deletes drafts that were never published, with their revisions. */
	DELETE_DRAFTS;

	public String messageKey() {
		return "admin.articles.bulk." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
