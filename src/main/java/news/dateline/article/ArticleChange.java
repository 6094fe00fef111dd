package news.dateline.article;

/**
 * A change to a story that readers can see (publication, edit, unpublication,
 * correction): each is announced to search, feeds, caches and the other nodes as one
 * {@link news.dateline.system.ContentChanged} (see {@link StoryChanges}).
 */
public interface ArticleChange {

	Long articleId();

}
