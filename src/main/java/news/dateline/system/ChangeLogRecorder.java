package news.dateline.system;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes every {@link ContentChanged} event to the change log just before its transaction
 * commits, so the row commits (or rolls back) with the change itself.
 */
@Component
class ChangeLogRecorder {

	private final ChangeLog changeLog;

	ChangeLogRecorder(ChangeLog changeLog) {
		this.changeLog = changeLog;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void record(ContentChanged change) {
		this.changeLog.record(change);
	}

}
