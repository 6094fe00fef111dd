package news.dateline.article;

import news.dateline.security.Actor;

/**
 * What the newsroom did to a story, published as an application event inside the transaction that
 * did it. Listeners run after commit ({@code @TransactionalEventListener}): cache eviction, search,
 * and the audit log, which records {@link #action()} and {@link #detail()} against the story.
 */
public sealed interface EditorialEvent
		permits ArticlePublished, ArticleUnpublished, ArticleUpdated, ArticleWorkflowChanged, CorrectionAdded {

	Long articleId();

	/** Who did it; null when the release job did it on schedule. */
	Actor actor();

	/** A short, stable name of the action, such as {@code article.publish}. */
	String action();

	/** A line for the audit log. */
	String detail();

	/** Who the audit log names when no person did it ({@link #actor()} is null). */
	default String systemOrigin() {
		return "scheduler";
	}

}
