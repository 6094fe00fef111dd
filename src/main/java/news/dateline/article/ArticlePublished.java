package news.dateline.article;

/**
 * A story went live (or was filed live).
 */
public record ArticlePublished(Long articleId) implements ArticleChange {
}
