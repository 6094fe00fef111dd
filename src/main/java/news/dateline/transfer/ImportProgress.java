package news.dateline.transfer;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of an import: where it stands, how far through the file it is, what it has
 * brought in, and the issues kept so far. An admin page polls this; the command line
 * prints it.
 *
 * @param skipped how many entries were left out, including any beyond the issues kept
 * @param failure why the import stopped, when it failed as a whole (an unreadable file)
 */
public record ImportProgress(String id, String fileName, ImportJob.State state, Instant startedAt, Instant finishedAt,
		long totalBytes, long bytesRead, long itemsRead, long postsImported, long postsAlreadyThere,
		long commentsImported, long commentsAlreadyThere, long authorsCreated, long sectionsCreated,
		long sourcesCreated, long skipped, long repaired, List<ImportIssue> issues, String failure) {

	/** How far through the file, 0 to 100; 100 once it has ended. */
	public int percent() {
		if (this.state != ImportJob.State.RUNNING) {
			return 100;
		}
		if (this.totalBytes <= 0) {
			return 0;
		}
		return (int) Math.min(99, this.bytesRead * 100 / this.totalBytes);
	}

	public boolean running() {
		return this.state == ImportJob.State.RUNNING;
	}

	public List<ImportIssue> skippedIssues() {
		return this.issues.stream().filter((issue) -> issue.outcome() == ImportIssue.Outcome.SKIPPED).toList();
	}

}
