package news.dateline.system;

import java.util.List;

/**
 * Published by {@link ChangePoller} for change log rows this node had not seen yet, whichever node
 * made them. Listeners re-index and evict; handling a change twice must be harmless.
 */
public record ChangesObserved(List<ChangeLog.Change> changes) {

	/** The ids of changed things of one type, without repeats. */
	public List<Long> idsOf(String entityType) {
		return this.changes.stream().filter((change) -> change.is(entityType)).map(ChangeLog.Change::entityId).distinct().toList();
	}

}
