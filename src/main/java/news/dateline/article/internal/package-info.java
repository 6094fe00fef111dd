/**
 * The article module's own: the story entity, its revisions and corrections, their
 * repositories, and the list and editorial queries with the rows they read. Other modules
 * reach stories only through the module's face ({@code EditorialService},
 * {@code ArticleService}, {@code CorrectionService}, {@code RevisionService} and their
 * view records).
 */
package news.dateline.article.internal;
