package news.dateline.system;

/**
 * A change readers can see: domain events that implement it are written to the change log in the
 * transaction that made them (see {@link ChangeLogRecorder}), so every node can re-index and evict what
 * it derived from the changed thing.
 */
public interface ContentChange {

	/** The entity type of stories. */
	String ARTICLE = "article";

	/** The entity type of comments. */
	String COMMENT = "comment";

	/** What kind of thing changed, e.g. {@link #ARTICLE}. */
	String entityType();

	/** The id of the thing that changed. */
	Long entityId();

}
