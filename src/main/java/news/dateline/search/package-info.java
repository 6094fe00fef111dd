/**
 * Full-text search over live stories: an embedded Lucene index kept in step with the
 * database by article events and the change log, rebuildable from the database, and the
 * public results page.
 */
package news.dateline.search;
