package news.dateline.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.internal.AuditEvent;
import news.dateline.audit.internal.AuditEventRepository;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;

/**
 * Writes and reads the audit log. Any service records what a staff member did with
 * {@link #record(Actor, String, String, Object, String)}, inside its own transaction, so
 * the entry exists exactly when the change does; reading is for Administrators.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	/** Entries per page of the audit log. */
	public static final int PAGE_SIZE = 50;

	private static final int DETAIL_LENGTH = 1000;

	private final AuditEventRepository events;

	private final CurrentActor currentActor;

	private final Clock clock;

	AuditLog(AuditEventRepository events, CurrentActor currentActor, Clock clock) {
		this.events = events;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/**
	 * Records what a staff member did.
	 * @param action a dotted name, such as {@code article.publish} or
	 * {@code comment.approve}
	 * @param subjectType what was acted on, such as {@code article} or {@code comment}
	 * @param subjectId its id (or another key), may be null
	 * @param detail a short human-readable note, may be null; cut at 1,000 characters
	 */
	@Transactional
	public void record(Actor actor, String action, String subjectType, Object subjectId, String detail) {
		save(actor.userId(), actor.displayName(), action, subjectType, subjectId, detail);
	}

	/**
	 * Records what happened without a staff member acting: sign-in lockouts, scheduled
	 * jobs.
	 * @param origin who or what it was, such as {@code sign-in} or {@code scheduler}
	 */
	@Transactional
	public void recordSystem(String origin, String action, String subjectType, Object subjectId, String detail) {
		save(null, origin, action, subjectType, subjectId, detail);
	}

	private void save(Long actorId, String actorName, String action, String subjectType, Object subjectId,
			String detail) {
		String cut = (detail != null && detail.length() > DETAIL_LENGTH) ? detail.substring(0, DETAIL_LENGTH) : detail;
		this.events.save(new AuditEvent(this.clock.instant(), actorId, actorName, action, subjectType,
				(subjectId != null) ? subjectId.toString() : null, cut));
	}

	/**
	 * A page of the log, newest first, older than the given entry id (or the newest
	 * page).
	 */
	public AuditPage page(Long olderThan) {
		this.currentActor.require(Role.ADMINISTRATOR);
		List<AuditEntry> entries = latest(olderThan, PAGE_SIZE + 1);
		boolean more = entries.size() > PAGE_SIZE;
		List<AuditEntry> shown = more ? entries.subList(0, PAGE_SIZE) : entries;
		return new AuditPage(shown, more ? shown.get(shown.size() - 1).id() : null);
	}

	/**
	 * The newest few entries for the dashboard, when the actor may read the log;
	 * otherwise empty.
	 */
	public Optional<List<AuditEntry>> recent(int count) {
		if (this.currentActor.find().filter((actor) -> actor.isAtLeast(Role.ADMINISTRATOR)).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(latest(null, count));
	}

	private List<AuditEntry> latest(Long olderThan, int count) {
		return this.events
			.findByIdLessThanOrderByIdDesc((olderThan != null) ? olderThan : Long.MAX_VALUE, Limit.of(count))
			.stream()
			.map(AuditEvent::toEntry)
			.toList();
	}

}
