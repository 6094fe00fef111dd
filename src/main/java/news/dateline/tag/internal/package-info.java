/**
 * The tag module's own: the tag repository, reached through {@code TagService}.
 */
package news.dateline.tag.internal;
