/**
 * Sections of the publication (News, World, Showbiz ...), in the order the site shows
 * them.
 */
package news.dateline.section;
