package news.dateline.article;

/**
 * Another story of the same translation group, as the article page links to it: its
 * language (an edition code such as "es"), its slug, and whether it is live.
 */
public record ArticleTranslation(String language, String slug, boolean published) {

}
