/**
 * The section module's own: the section repository, reached through
 * {@code SectionService}.
 */
package news.dateline.section.internal;
