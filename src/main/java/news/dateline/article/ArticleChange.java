package news.dateline.article;

import news.dateline.system.ContentChange;

/**
 * A change to a story that readers can see (publication, edit, unpublication, correction): search, feeds and the page cache follow these events
 * after commit, and the change log records them for the other nodes.
 */
public interface ArticleChange extends ContentChange {

	Long articleId();

	@Override
	default String entityType() {
		return ARTICLE;
	}

	@Override
	default Long entityId() {
		return articleId();
	}

}
