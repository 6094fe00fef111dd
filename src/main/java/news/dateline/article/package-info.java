/**
 * Articles, the module's face: the editorial write side ({@code EditorialService},
 * {@code CorrectionService}, {@code RevisionService}), the readers' read side
 * ({@code ArticleService}), the events stories publish, and the view records (cards,
 * pages, links) other modules receive. Entities, repositories and queries live in
 * {@code internal}.
 */
package news.dateline.article;
