package news.dateline.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of the importer with live counters: the importer's thread counts, and anyone
 * may read a {@link #progress() snapshot} at any moment (the command line prints one
 * every few seconds, the admin's progress bar polls it). Keeps the first
 * {@link #MAX_ISSUES} issues and counts the rest.
 */
public final class ImportJob {

	/** Issues kept for the report; a badly broken file may have many more. */
	static final int MAX_ISSUES = 1000;

	private final String id = UUID.randomUUID().toString();

	private final String fileName;

	private final long totalBytes;

	private final Clock clock;

	private final Instant startedAt;

	private volatile Instant finishedAt;

	private volatile State state = State.RUNNING;

	private volatile String failure;

	private final AtomicLong bytesRead = new AtomicLong();

	private final AtomicLong itemsRead = new AtomicLong();

	private final AtomicLong postsImported = new AtomicLong();

	private final AtomicLong postsAlreadyThere = new AtomicLong();

	private final AtomicLong commentsImported = new AtomicLong();

	private final AtomicLong commentsAlreadyThere = new AtomicLong();

	private final AtomicLong authorsCreated = new AtomicLong();

	private final AtomicLong sectionsCreated = new AtomicLong();

	private final AtomicLong sourcesCreated = new AtomicLong();

	private final AtomicLong skipped = new AtomicLong();

	private final AtomicLong repaired = new AtomicLong();

	private final List<ImportIssue> issues = new ArrayList<>();

	private final CountDownLatch done = new CountDownLatch(1);

	ImportJob(String fileName, long totalBytes, Clock clock) {
		this.fileName = fileName;
		this.totalBytes = totalBytes;
		this.clock = clock;
		this.startedAt = clock.instant();
	}

	/** Where a job stands. */
	public enum State {

		RUNNING, FINISHED, FAILED

	}

	public String id() {
		return this.id;
	}

	/** A consistent-enough snapshot of the counters, for a progress line or bar. */
	public ImportProgress progress() {
		List<ImportIssue> kept;
		synchronized (this.issues) {
			kept = List.copyOf(this.issues);
		}
		return new ImportProgress(this.id, this.fileName, this.state, this.startedAt, this.finishedAt, this.totalBytes,
				this.bytesRead.get(), this.itemsRead.get(), this.postsImported.get(), this.postsAlreadyThere.get(),
				this.commentsImported.get(), this.commentsAlreadyThere.get(), this.authorsCreated.get(),
				this.sectionsCreated.get(), this.sourcesCreated.get(), this.skipped.get(), this.repaired.get(), kept,
				this.failure);
	}

	/** Waits up to the given time for the job to end; true when it has. */
	public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
		return this.done.await(timeout, unit);
	}

	/** How far the import has got through the file; never goes back. */
	void bytesRead(long bytes) {
		this.bytesRead.accumulateAndGet(Math.min(bytes, (this.totalBytes > 0) ? this.totalBytes : bytes), Math::max);
	}

	void itemRead() {
		this.itemsRead.incrementAndGet();
	}

	void postImported() {
		this.postsImported.incrementAndGet();
	}

	void postAlreadyThere() {
		this.postsAlreadyThere.incrementAndGet();
	}

	void commentImported() {
		this.commentsImported.incrementAndGet();
	}

	void commentAlreadyThere() {
		this.commentsAlreadyThere.incrementAndGet();
	}

	void authorCreated() {
		this.authorsCreated.incrementAndGet();
	}

	void sectionCreated() {
		this.sectionsCreated.incrementAndGet();
	}

	void sourceCreated() {
		this.sourcesCreated.incrementAndGet();
	}

	void report(ImportIssue issue) {
		(issue.outcome() == ImportIssue.Outcome.SKIPPED ? this.skipped : this.repaired).incrementAndGet();
		synchronized (this.issues) {
			if (this.issues.size() < MAX_ISSUES) {
				this.issues.add(issue);
			}
		}
	}

	void finish() {
		end(State.FINISHED, null);
	}

	void fail(String reason) {
		end(State.FAILED, reason);
	}

	private void end(State end, String reason) {
		this.failure = reason;
		this.finishedAt = this.clock.instant();
		this.state = end;
		this.done.countDown();
	}

}
