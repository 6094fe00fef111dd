package news.dateline.article;

import java.util.Locale;

/**
 * Where a story stands in the editorial workflow. Only {@link #PUBLISHED} stories whose
 * publish time has come are visible to readers.
 */
public enum ArticleStatus {

	DRAFT, IN_REVIEW, SCHEDULED, EMBARGOED, PUBLISHED, UNPUBLISHED;

	/** The label shown in the admin, e.g. {@code article.status.in-review}. */
	public String messageKey() {
		return "article.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
