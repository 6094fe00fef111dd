package news.dateline.audit;

import news.dateline.security.Actor;

/**
 * What an application event must say to be written to the audit log once its transaction
 * has committed. A module's events implement it; the audit module listens to this type
 * and knows no module's events by name.
 */
public interface AuditableEvent {

	/**
	 * Who did it; null when no person did (the scheduler, the demo loader, an import).
	 */
	Actor actor();

	/** A short, stable name of the action, such as {@code article.publish}. */
	String action();

	/** What was acted on, such as {@code article}. */
	String subjectType();

	/** Its id (or another key). */
	Object subjectId();

	/** A line for the audit log. */
	String detail();

	/** Who the audit log names when no person did it ({@link #actor()} is null). */
	default String systemOrigin() {
		return "scheduler";
	}

}
