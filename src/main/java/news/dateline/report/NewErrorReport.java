package news.dateline.report;

import java.time.Duration;

/**
 * A report as a reader sent it, with what the form knew: whether the honeypot was filled
 * and how long the form was open.
 */
public record NewErrorReport(Long articleId, String message, String email, String ipHash, boolean honeypotFilled,
		Duration timeOnPage) {
}
