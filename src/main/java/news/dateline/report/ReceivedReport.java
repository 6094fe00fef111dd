package news.dateline.report;

import java.time.Instant;

/**
 * An open error report, as a moderator's mail names it: its story and the start of the
 * message (never the reader's email).
 *
 * @param id the report
 * @param articleId its story
 * @param excerpt the start of the message
 * @param createdAt when it arrived
 */
public record ReceivedReport(Long id, Long articleId, String excerpt, Instant createdAt) {

}
