package news.dateline.report;

/**
 * Where a reader's error report stands: waiting for an editor, dealt with, or caught by
 * the bot traps.
 */
public enum ReportStatus {

	OPEN, RESOLVED, SPAM

}
