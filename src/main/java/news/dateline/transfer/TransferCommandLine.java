package news.dateline.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import news.dateline.system.Edition;
import news.dateline.system.Editions;

/**
 * The command-line import and export: with {@code --dateline.import.wxr=FILE} the
 * application imports the file (its stories into the edition named by
 * {@code --dateline.import.language}, where the file does not name theirs), printing a
 * progress line every few seconds and the report at the end; with
 * {@code --dateline.export.wxr=FILE} it writes the export there. Either way it then exits
 * (status 0, or 1 when the file could not be read or written), away from the live site's
 * ports; see {@link TransferEnvironment}.
 */
@Component
class TransferCommandLine implements ApplicationRunner {

	static final String IMPORT_PROPERTY = "dateline.import.wxr";

	static final String EXPORT_PROPERTY = "dateline.export.wxr";

	static final String LANGUAGE_PROPERTY = "dateline.import.language";

	private static final long PROGRESS_SECONDS = 3;

	private final ImportJobs jobs;

	private final WxrExporter exporter;

	private final MessageSource messages;

	private final ConfigurableApplicationContext context;

	private final Editions editions;

	private final String importFile;

	private final String importLanguage;

	private final String exportFile;

	TransferCommandLine(ImportJobs jobs, WxrExporter exporter, MessageSource messages,
			ConfigurableApplicationContext context, Editions editions,
			@Value("${" + IMPORT_PROPERTY + ":}") String importFile,
			@Value("${" + LANGUAGE_PROPERTY + ":}") String importLanguage,
			@Value("${" + EXPORT_PROPERTY + ":}") String exportFile) {
		this.jobs = jobs;
		this.exporter = exporter;
		this.messages = messages;
		this.context = context;
		this.editions = editions;
		this.importFile = importFile;
		this.importLanguage = importLanguage;
		this.exportFile = exportFile;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (this.importFile.isBlank() && this.exportFile.isBlank()) {
			return;
		}
		int status = 0;
		if (!this.importFile.isBlank()) {
			status = importFile(Path.of(this.importFile), this.importLanguage, System.out);
		}
		if (status == 0 && !this.exportFile.isBlank()) {
			status = exportFile(Path.of(this.exportFile), System.out);
		}
		int exitCode = status;
		System.exit(SpringApplication.exit(this.context, () -> exitCode));
	}

	/**
	 * Imports the file, printing progress and the report; 0 when the import ran to its
	 * end. Its stories are of the edition {@code language} where the file does not name
	 * theirs (blank: the default edition's); a language no edition has is refused.
	 */
	int importFile(Path file, String language, PrintStream out) throws InterruptedException {
		boolean blank = language == null || language.isBlank();
		if (!blank && this.editions.byCode(language.strip()).isEmpty()) {
			out.println(text("transfer.cli.unknown-language", language.strip(),
					String.join(", ", this.editions.all().stream().map(Edition::code).toList())));
			return 1;
		}
		if (!Files.isReadable(file)) {
			out.println(text("transfer.cli.unreadable", file));
			return 1;
		}
		ImportJob job;
		try {
			job = this.jobs.start(file, file.getFileName().toString(), "command line", false,
					blank ? null : language.strip());
		}
		catch (IOException ex) {
			out.println(text("transfer.cli.unreadable", file));
			return 1;
		}
		catch (ImportAlreadyRunningException ex) {
			out.println(text("transfer.cli.already-running"));
			return 1;
		}
		out.println(text("transfer.cli.importing", file, megabytes(job.progress().totalBytes())));
		while (!job.awaitEnd(PROGRESS_SECONDS, TimeUnit.SECONDS)) {
			out.println(progressLine(job.progress()));
		}
		ImportProgress done = job.progress();
		out.println(progressLine(done));
		printReport(done, out);
		return (done.state() == ImportJob.State.FINISHED) ? 0 : 1;
	}

	/**
	 * Writes the export to the file (through a temporary file beside it); 0 when it was
	 * written.
	 */
	int exportFile(Path file, PrintStream out) {
		Path target = file.toAbsolutePath();
		out.println(text("transfer.cli.exporting", target));
		try {
			Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
			WxrExporter.Summary summary;
			try (OutputStream stream = Files.newOutputStream(partial)) {
				summary = this.exporter.export(stream);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			out.println(text("transfer.cli.exported", summary.articles(), summary.comments(), summary.authors(),
					summary.sections(), summary.tags(), summary.sources(), megabytes(Files.size(target))));
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			out.println(text("transfer.cli.export-failed", target, ex.getMessage()));
			return 1;
		}
	}

	private String progressLine(ImportProgress progress) {
		return text("transfer.cli.progress", progress.percent(), progress.itemsRead(), progress.postsImported(),
				progress.postsAlreadyThere(), progress.commentsImported(), progress.skipped());
	}

	private void printReport(ImportProgress progress, PrintStream out) {
		if (progress.state() == ImportJob.State.FAILED) {
			out.println(text("transfer.cli.failed", progress.failure()));
		}
		out.println(text("transfer.cli.summary", progress.postsImported(), progress.postsAlreadyThere(),
				progress.commentsImported(), progress.commentsAlreadyThere(), progress.authorsCreated(),
				progress.sectionsCreated(), progress.sourcesCreated(), progress.skipped(), progress.repaired()));
		for (ImportIssue issue : progress.issues()) {
			out.println("  " + describe(issue));
		}
		long untold = progress.skipped() + progress.repaired() - progress.issues().size();
		if (untold > 0) {
			out.println(text("transfer.cli.more-issues", untold));
		}
	}

	/** One issue as a line of the report: where, what, and why. */
	String describe(ImportIssue issue) {
		String entry = text("transfer.entry." + issue.entry().name().toLowerCase(Locale.ROOT));
		String what = (issue.externalId() != null) ? entry + " " + issue.externalId() : entry;
		if (issue.title() != null) {
			what = what + " \u201c" + issue.title() + "\u201d";
		}
		String reason = text(issue.reason().messageKey());
		if (issue.detail() != null) {
			reason = reason + " (" + issue.detail() + ")";
		}
		return text((issue.outcome() == ImportIssue.Outcome.SKIPPED) ? "transfer.cli.skipped" : "transfer.cli.repaired",
				issue.line(), what, reason);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}
