package news.dateline.article.internal;

/**
 * One credited author of one story, read in bulk for a page of cards.
 */
record BylineRow(Long articleId, String slug, String name) {
}
