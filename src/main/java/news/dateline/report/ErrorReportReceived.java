package news.dateline.report;

/**
 * Published, inside the submission's transaction, when a reader's error report arrives
 * (not when it was taken for spam).
 */
public record ErrorReportReceived(Long reportId) {

}
