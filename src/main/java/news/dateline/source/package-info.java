/**
 * Sources: wire services, partner outlets, press releases and the staff desk, credited in
 * an article's "Source:" line.
 */
package news.dateline.source;
