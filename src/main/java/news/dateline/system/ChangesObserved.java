package news.dateline.system;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Published by {@link ChangePoller} for change log rows this node had not seen yet,
 * whichever node made them. Listeners re-index and evict; handling a change twice must be
 * harmless.
 */
public record ChangesObserved(List<ChangeLog.Change> changes) {

	/** Every key the rows name, without repeats. */
	public Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		this.changes.forEach((change) -> keys.addAll(change.keys()));
		return keys;
	}

	public boolean touches(String key) {
		return this.changes.stream().anyMatch((change) -> change.keys().contains(key));
	}

	/** The stories whose own page or card changed. */
	public List<Long> storyIds() {
		return ContentChanged.storyIds(keys());
	}

}
