package news.dateline.search;

import java.time.Instant;

/**
 * Where a rebuild of the search index stands: stories indexed so far out of the total,
 * and whether it is still running or failed.
 */
public record RebuildProgress(boolean running, long indexed, long total, Instant startedAt, Instant finishedAt,
		boolean failed) {

	static final RebuildProgress NEVER = new RebuildProgress(false, 0, 0, null, null, false);

	/** Whole per cent done, 0 to 100. */
	public int percent() {
		return (this.total == 0) ? (this.running ? 0 : 100) : (int) Math.min(100, this.indexed * 100 / this.total);
	}

}
