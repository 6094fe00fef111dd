/**
 * The author module's own: the author repository, reached through {@code AuthorService}.
 */
package news.dateline.author.internal;
