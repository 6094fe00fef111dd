/**
 * Readers' "Report an error" messages about stories: taken through the same anti-spam
 * rules as comments and kept for the editors' corrections queue.
 */
package news.dateline.report;
