package news.dateline.audit.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import news.dateline.audit.AuditEntry;

/**
 * One entry of the audit log; written once, never changed.
 */
@Entity
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private Long actorId;

	private String actorName;

	private String action;

	private String subjectType;

	private String subjectId;

	private String detail;

	protected AuditEvent() {
	}

	public AuditEvent(Instant occurredAt, Long actorId, String actorName, String action, String subjectType,
			String subjectId, String detail) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorName = actorName;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.detail = detail;
	}

	public AuditEntry toEntry() {
		return new AuditEntry(this.id, this.occurredAt, this.actorName, this.action, this.subjectType, this.subjectId,
				this.detail);
	}

}
