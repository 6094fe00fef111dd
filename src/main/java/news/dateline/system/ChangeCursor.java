package news.dateline.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * How far one node has read the change log. Identity ids are handed out when a row is
 * inserted but become visible when its transaction commits, so a lower id can appear
 * after a higher one: ids skipped over are remembered as gaps and looked for again until
 * they turn up or expire (a rolled back transaction leaves a gap forever).
 */
final class ChangeCursor {

	static final Duration GAP_LIFETIME = Duration.ofSeconds(30);

	static final int MAX_GAPS = 1_000;

	private long highest;

	private final TreeMap<Long, Instant> gaps = new TreeMap<>();

	ChangeCursor(long start) {
		this.highest = start;
	}

	/** Ids skipped over that may still turn up. */
	List<Long> awaited() {
		return List.copyOf(this.gaps.keySet());
	}

	long highest() {
		return this.highest;
	}

	/** The rows not handed out before, in order; rows already seen are dropped. */
	List<ChangeLog.Change> accept(List<ChangeLog.Change> rows, Instant now) {
		List<ChangeLog.Change> fresh = new ArrayList<>();
		for (ChangeLog.Change row : rows) {
			if (row.id() > this.highest) {
				for (long missing = this.highest + 1; missing < row.id() && this.gaps.size() < MAX_GAPS; missing++) {
					this.gaps.put(missing, now);
				}
				this.highest = row.id();
				fresh.add(row);
			}
			else if (this.gaps.remove(row.id()) != null) {
				fresh.add(row);
			}
		}
		this.gaps.values().removeIf((noticed) -> noticed.plus(GAP_LIFETIME).isBefore(now));
		return fresh;
	}

}
