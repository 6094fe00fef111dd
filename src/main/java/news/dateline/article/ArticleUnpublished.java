package news.dateline.article;

/**
 * A story was taken down: it must vanish from every public surface.
 */
public record ArticleUnpublished(Long articleId) implements ArticleChange {
}
