package news.dateline.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes every auditable change (for stories: publish, unpublish, workflow moves, edits,
 * corrections) to the audit log once its transaction has committed; changes no person
 * made are recorded under their origin (the scheduler, the demo loader, an import).
 */
@Component
class AuditableEventListener {

	private final AuditLog audit;

	AuditableEventListener(AuditLog audit) {
		this.audit = audit;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AuditableEvent event) {
		if (event.actor() != null) {
			this.audit.record(event.actor(), event.action(), event.subjectType(), event.subjectId(), event.detail());
		}
		else {
			this.audit.recordSystem(event.systemOrigin(), event.action(), event.subjectType(), event.subjectId(),
					event.detail());
		}
	}

}
