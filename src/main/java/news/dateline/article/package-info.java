/**
 * Articles: the stories themselves, their workflow states, bylines, sources and tags, and the
 * read models (cards and pages) that the public site and feeds show.
 */
package news.dateline.article;
