/**
 * The error-report module's own: the stored report and its repository, reached through
 * {@code ErrorReportService}.
 */
package news.dateline.report.internal;
