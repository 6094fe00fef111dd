package news.dateline.live;

import java.time.Instant;
import java.util.List;

/**
 * What a live story's page shows under the story: the key events, the pinned entry (null
 * when none), a page of entries newest first, and where the next older page starts
 * ({@code olderThan}, an entry id; null on the last page). {@code lastSeq} is the number
 * of the last write the page includes: the page's event stream resumes from it.
 */
public record LiveCoverage(Long articleId, Instant startedAt, Instant endedAt, long lastSeq,
		List<LiveEntryView> keyEvents, LiveEntryView pinned, List<LiveEntryView> entries, Long olderThan,
		boolean firstPage) {

	public boolean live() {
		return this.endedAt == null;
	}

	/** The time of the newest entry (or the start of coverage when there is none). */
	public Instant lastUpdate() {
		Instant last = this.startedAt;
		for (LiveEntryView entry : this.entries) {
			last = (entry.postedAt().isAfter(last)) ? entry.postedAt() : last;
		}
		if (this.pinned != null && this.pinned.postedAt().isAfter(last)) {
			last = this.pinned.postedAt();
		}
		return last;
	}

}
