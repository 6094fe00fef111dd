package news.dateline.article;

import news.dateline.audit.AuditableEvent;

/**
 * What the newsroom did to a story, published as an application event inside the
 * transaction that did it. Listeners run after commit
 * ({@code @TransactionalEventListener}): cache eviction, search, and the audit log, which
 * records {@link #action()} and {@link #detail()} against the story.
 */
public sealed interface EditorialEvent extends AuditableEvent permits ArticlePublished, ArticleUnpublished,
		ArticleUpdated, ArticleWorkflowChanged, CorrectionAdded, ArticleTranslationChanged {

	Long articleId();

	@Override
	default String subjectType() {
		return "article";
	}

	@Override
	default Object subjectId() {
		return articleId();
	}

}
