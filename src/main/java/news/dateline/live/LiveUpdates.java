package news.dateline.live;

import java.time.Instant;
import java.util.List;

/**
 * The writes to a live story's entries after a given number, oldest first (deleted
 * entries included, without their text), with the story's last number and the end of its
 * coverage (null while live). A stream sends each entry once, under its number.
 */
public record LiveUpdates(Long articleId, List<LiveEntryView> entries, long lastSeq, Instant endedAt) {

	/** The number of the last entry in this batch, or the given one when it is empty. */
	public long lastEntrySeq(long since) {
		return this.entries.isEmpty() ? since : this.entries.get(this.entries.size() - 1).seq();
	}

}
