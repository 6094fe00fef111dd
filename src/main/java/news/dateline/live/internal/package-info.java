/**
 * The live module's own: stored live stories and entries and their repositories, reached
 * through {@code LiveService}.
 */
package news.dateline.live.internal;
