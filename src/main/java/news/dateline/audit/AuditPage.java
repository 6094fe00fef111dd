package news.dateline.audit;

import java.util.List;

/**
 * A page of the audit log, newest first, with the cursor of the next (older) page or
 * null.
 */
public record AuditPage(List<AuditEntry> entries, Long olderThan) {
}
