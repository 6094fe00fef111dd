/**
 * The media module's own: the stored media item and its repository, reached through
 * {@code MediaService}.
 */
package news.dateline.media.internal;
