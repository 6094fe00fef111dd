/**
 * The source module's own: the source repository, reached through {@code SourceService}.
 */
package news.dateline.source.internal;
