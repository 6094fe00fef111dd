package news.dateline.audit;

import java.time.Instant;

/**
 * An audit log entry as the admin shows it. {@code action} is a dotted name such as
 * {@code comment.approve}; the page shows its {@code audit.action.*} message when there
 * is one.
 */
public record AuditEntry(Long id, Instant occurredAt, String actorName, String action, String subjectType,
		String subjectId, String detail) {
}
