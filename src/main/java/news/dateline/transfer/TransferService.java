package news.dateline.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import news.dateline.audit.AuditLog;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;

/**
 * The admin's import and export, for Administrators only: takes an uploaded WXR file
 * (copied to a temporary file as it arrives, checked to be a WordPress export no larger
 * than {@code dateline.import.max-size}), starts its import in the background and records
 * who did so in the audit log; reads any job's progress; and hands out the export as a
 * dated download.
 */
@Service
public class TransferService {

	private static final int COPY_BUFFER = 64 * 1024;

	private final ImportJobs jobs;

	private final WxrExporter exporter;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final SiteProperties site;

	private final Clock clock;

	private final DataSize maxSize;

	private final Editions editions;

	TransferService(ImportJobs jobs, WxrExporter exporter, CurrentActor currentActor, AuditLog audit,
			SiteProperties site, Clock clock, ImportSettings settings, Editions editions) {
		this.editions = editions;
		this.jobs = jobs;
		this.exporter = exporter;
		this.currentActor = currentActor;
		this.audit = audit;
		this.site = site;
		this.clock = clock;
		this.maxSize = settings.maxSize();
	}

	/** The editions' codes an import's stories may belong to, the default one first. */
	public List<String> languages() {
		return this.editions.all().stream().map(news.dateline.system.Edition::code).toList();
	}

	/** The largest file the import takes. */
	public DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * Starts importing the upload and returns the new job's first progress.
	 * @throws ImportRejectedException when the file is empty, too large, or not a
	 * WordPress export
	 * @throws ImportAlreadyRunningException when another import runs
	 */
	public ImportProgress startImport(ImportUpload upload) {
		return startImport(upload, null);
	}

	/**
	 * {@link #startImport(ImportUpload)} whose stories belong to the edition
	 * {@code language} where the file does not say (a WordPress export of a Spanish
	 * site); null or blank for the default edition.
	 */
	public ImportProgress startImport(ImportUpload upload, String language) {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		if (language != null && !language.isBlank() && this.editions.byCode(language).isEmpty()) {
			throw new ImportRejectedException("admin.import.language.unknown");
		}
		if (upload == null || upload.size() == 0) {
			throw new ImportRejectedException("admin.import.file.empty");
		}
		if (upload.size() > this.maxSize.toBytes()) {
			throw tooLarge();
		}
		Path file = copy(upload);
		try {
			checkIsWordPressExport(file);
			String name = displayName(upload.fileName());
			ImportJob job = this.jobs.start(file, name, actor.displayName(), true,
					(language == null || language.isBlank()) ? null : language);
			this.audit.record(actor, "transfer.import", "import", job.id(), name + " (" + Files.size(file) + " bytes)");
			return job.progress();
		}
		catch (IOException ex) {
			deleteQuietly(file);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(file);
			throw ex;
		}
	}

	/** A job's progress and report, whichever node runs it. */
	public Optional<ImportProgress> importProgress(String id) {
		this.currentActor.require(Role.ADMINISTRATOR);
		return this.jobs.progress(id);
	}

	/** The running import, else the last one. */
	public Optional<ImportProgress> latestImport() {
		this.currentActor.require(Role.ADMINISTRATOR);
		return this.jobs.latest();
	}

	/**
	 * The whole export as a download named after today's date; recorded in the audit log.
	 */
	public WxrDownload export() {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		String fileName = "dateline-export-" + LocalDate.now(this.clock.withZone(this.site.timeZone())) + ".xml";
		this.audit.record(actor, "transfer.export", "export", null, fileName);
		return new WxrDownload(fileName, (OutputStream out) -> this.exporter.export(out));
	}

	/**
	 * Copies the upload to a temporary file readable by its owner only, refusing it past
	 * the size limit.
	 */
	private Path copy(ImportUpload upload) {
		Path file;
		try {
			file = Files.createTempFile("dateline-import-", ".xml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long limit = this.maxSize.toBytes();
		try (InputStream in = upload.content().open(); OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[COPY_BUFFER];
			long copied = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				copied += n;
				if (copied > limit) {
					throw tooLarge();
				}
				out.write(buffer, 0, n);
			}
			if (copied == 0) {
				throw new ImportRejectedException("admin.import.file.empty");
			}
			return file;
		}
		catch (IOException ex) {
			deleteQuietly(file);
			throw new ImportRejectedException("admin.import.file.unreadable");
		}
		catch (RuntimeException ex) {
			deleteQuietly(file);
			throw ex;
		}
	}

	/** The document must be XML whose root is RSS, as a WordPress export's is. */
	private static void checkIsWordPressExport(Path file) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			try {
				while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
					// the prolog: declaration, comments, whitespace
				}
				if (!xml.isStartElement() || !"rss".equals(xml.getLocalName())) {
					throw new ImportRejectedException("admin.import.file.not-wxr");
				}
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new ImportRejectedException("admin.import.file.not-xml");
		}
	}

	private ImportRejectedException tooLarge() {
		return new ImportRejectedException("admin.import.file.too-large", this.maxSize.toMegabytes());
	}

	private static String displayName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "upload.xml";
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return name.isEmpty() ? "upload.xml" : name;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file; the system's temp cleaning takes it
		}
	}

}
