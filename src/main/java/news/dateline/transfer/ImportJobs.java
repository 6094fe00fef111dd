package news.dateline.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Service;

/**
 * Runs imports in the background, one at a time on this node, and keeps the last few jobs so that a
 * page (or the command line) can poll their progress by id while they run and read the report after.
 */
@Service
public class ImportJobs {

	/** Finished jobs kept for their reports. */
	static final int KEPT = 10;

	private final WxrImporter importer;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "wxr-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

	ImportJobs(WxrImporter importer) {
		this.importer = importer;
	}

	/**
	 * Starts importing the file (deleted afterwards when {@code deleteAfter}, as for an upload) and
	 * returns at once with the job to poll.
	 * @throws ImportAlreadyRunningException when an import is running on this node
	 */
	public synchronized ImportJob start(Path file, String displayName, boolean deleteAfter) throws IOException {
		if (this.jobs.values().stream().anyMatch((job) -> job.progress().running())) {
			throw new ImportAlreadyRunningException();
		}
		ImportJob job = this.importer.newJob(displayName, Files.size(file));
		this.jobs.put(job.id(), job);
		while (this.jobs.size() > KEPT) {
			this.jobs.remove(this.jobs.keySet().iterator().next());
		}
		this.worker.execute(() -> {
			try (InputStream in = Files.newInputStream(file)) {
				this.importer.run(job, in);
			}
			catch (IOException | RuntimeException ex) {
				job.fail(ex.getMessage());
			}
			finally {
				if (deleteAfter) {
					deleteQuietly(file);
				}
			}
		});
		return job;
	}

	/** The progress of a job started on this node. */
	public synchronized Optional<ImportProgress> progress(String id) {
		return Optional.ofNullable(this.jobs.get(id)).map(ImportJob::progress);
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary upload; the system's temp cleaning takes it
		}
	}

}
