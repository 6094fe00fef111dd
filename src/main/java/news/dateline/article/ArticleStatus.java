package news.dateline.article;

/**
 * Where a story stands in the editorial workflow. Only {@link #PUBLISHED} stories whose publish time
 * has come are visible to readers.
 */
public enum ArticleStatus {

	DRAFT, IN_REVIEW, SCHEDULED, EMBARGOED, PUBLISHED, UNPUBLISHED

}
