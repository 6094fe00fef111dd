package news.dateline.article;

/**
 * A live story was changed.
 */
public record ArticleUpdated(Long articleId) implements ArticleChange {
}
