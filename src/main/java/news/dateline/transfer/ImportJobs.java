package news.dateline.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs imports in the background, one at a time across all nodes, and writes each job's
 * progress to the database (every {@code dateline.import.progress-interval}, and once
 * more when it ends), so that a page served by any node can poll it by id while it runs
 * and read the report after.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final WxrImporter importer;

	private final ImportJobStore store;

	private final Clock clock;

	private final Duration progressInterval;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> daemon(task, "wxr-import"));

	/**
	 * Where attachments' files are found: {@code dateline.import.uploads} and
	 * {@code dateline.import.fetch-media}.
	 */
	private final ImportOptions options;

	private final ScheduledExecutorService writer = Executors
		.newSingleThreadScheduledExecutor((task) -> daemon(task, "wxr-import-progress"));

	ImportJobs(WxrImporter importer, ImportJobStore store, Clock clock, ImportSettings settings) {
		this.options = new ImportOptions(settings.uploads(), settings.fetchMedia());
		this.importer = importer;
		this.store = store;
		this.clock = clock;
		this.progressInterval = settings.progressInterval();
	}

	/**
	 * Starts importing the file (deleted afterwards when {@code deleteAfter}, as for an
	 * upload) and returns at once with the job to poll.
	 * @param startedBy who asked for it, as the job's record names them
	 * @throws ImportAlreadyRunningException when an import is running on any node
	 */
	public ImportJob start(Path file, String displayName, String startedBy, boolean deleteAfter) throws IOException {
		return start(file, displayName, startedBy, deleteAfter, null);
	}

	/**
	 * {@link #start(Path, String, String, boolean)} for stories of the edition
	 * {@code language} where the file does not name theirs (null: the default edition).
	 */
	public ImportJob start(Path file, String displayName, String startedBy, boolean deleteAfter, String language)
			throws IOException {
		ImportOptions options = this.options.inLanguage(language);
		ImportJob job = this.importer.newJob(displayName, Files.size(file));
		if (!this.store.claim(job.progress(), startedBy, this.clock.instant())) {
			throw new ImportAlreadyRunningException();
		}
		Written written = new Written(job);
		ScheduledFuture<?> ticking = this.writer.scheduleWithFixedDelay(written::write,
				this.progressInterval.toMillis(), this.progressInterval.toMillis(), TimeUnit.MILLISECONDS);
		this.worker.execute(() -> {
			try {
				this.importer.run(job, file, options);
			}
			catch (RuntimeException ex) {
				job.fail(ex.getMessage());
			}
			finally {
				ticking.cancel(false);
				written.write();
				if (deleteAfter) {
					deleteQuietly(file);
				}
			}
		});
		return job;
	}

	/** A job's progress and report as last written, whichever node runs or ran it. */
	public Optional<ImportProgress> progress(String id) {
		return this.store.find(id);
	}

	/** The running job, else the last one started, if any. */
	public Optional<ImportProgress> latest() {
		return this.store.latestId().flatMap(this.store::find);
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
		this.writer.shutdownNow();
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary upload; the system's temp cleaning takes it
		}
	}

	/**
	 * Writes one job's progress; the timer and the job's end may both call, never at
	 * once.
	 */
	private final class Written {

		private final ImportJob job;

		private int issuesSaved;

		private boolean ended;

		Written(ImportJob job) {
			this.job = job;
		}

		synchronized void write() {
			if (this.ended) {
				return;
			}
			ImportProgress progress = this.job.progress();
			try {
				ImportJobs.this.store.save(progress, this.issuesSaved, ImportJobs.this.clock.instant());
				this.issuesSaved = progress.issues().size();
				this.ended = !progress.running();
			}
			catch (RuntimeException ex) {
				// the next write tries again; the job itself goes on
				log.warn("Could not write the progress of import {}", progress.id(), ex);
			}
		}

	}

}
