package news.dateline.article;

/**
 * What the comment thread needs to know of a story: whether readers may comment on it
 * now.
 */
public record CommentTarget(Long id, String slug, boolean acceptingComments) {
}
