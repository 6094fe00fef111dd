package news.dateline.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;
import news.dateline.transfer.WxrReader.Element;
import news.dateline.transfer.WxrReader.Unreadable;

/**
 * Imports a WXR file, WordPress's or Dateline's own, one channel element at a time:
 * authors, categories, tags and sources first ({@link ChannelImport}), then each post
 * with its comments in a transaction of its own ({@link PostImport}), so a failure costs
 * one post and memory holds one post at a time. From a file, a first pass brings the
 * attachments into the media library ({@link MediaImport}) so that every post finds its
 * featured and body images, wherever they come in the file. Posts, comments and media
 * already imported from the same site (by {@code wp:base_blog_url}) are recognised by
 * their WordPress ids and not added again. Whatever is left out or mended is reported on
 * the {@link ImportJob}, with its line and the reason.
 */
@Service
public class WxrImporter {

	private static final Logger log = LoggerFactory.getLogger(WxrImporter.class);

	private final ChannelImport channel;

	private final PostImport posts;

	private final MediaImport media;

	private final Clock clock;

	WxrImporter(ChannelImport channel, PostImport posts, MediaImport media, Clock clock) {
		this.channel = channel;
		this.posts = posts;
		this.media = media;
		this.clock = clock;
	}

	/** A job for a file of this name and size, to pass to {@link #run}. */
	public ImportJob newJob(String fileName, long totalBytes) {
		return new ImportJob(fileName, totalBytes, this.clock);
	}

	/**
	 * Imports the document on this stream in one pass (attachments that come after a post
	 * do not reach it), counting on the job as it goes; ends the job as finished, or as
	 * failed when the stream cannot be read at all. Never throws for what is in the file.
	 */
	public void run(ImportJob job, InputStream in) {
		ImportRun run = new ImportRun(job, ImportOptions.NONE);
		try {
			importAll(run, in);
			job.finish();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import of {} stopped", job.progress().fileName(), ex);
			job.fail(ex.getMessage());
		}
	}

	/**
	 * Imports the file: its attachments first, from the uploads folder (or their URLs)
	 * the options name, then everything in order. Ends the job as
	 * {@link #run(ImportJob, InputStream)} does.
	 */
	public void run(ImportJob job, Path file, ImportOptions options) {
		ImportRun run = new ImportRun(job, options);
		try {
			try (InputStream in = Files.newInputStream(file)) {
				importMedia(run, in);
			}
			try (InputStream in = Files.newInputStream(file)) {
				importAll(run, in);
			}
			job.finish();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import of {} stopped", job.progress().fileName(), ex);
			job.fail(ex.getMessage());
		}
	}

	/**
	 * The media pass: the site's address (which keys what was imported), then every
	 * attachment.
	 */
	private void importMedia(ImportRun run, InputStream in) throws IOException {
		try (WxrReader reader = new WxrReader(in)) {
			WxrReader.Entry entry;
			while ((entry = reader.next()) != null) {
				if (entry instanceof Element read) {
					XmlElement element = read.element();
					if (element.is(Wxr.RSS, "item") && MediaImport.isAttachment(element)) {
						this.media.attachment(run, read);
					}
					else if (element.is(Wxr.WP, "base_blog_url")) {
						run.baseBlogUrl = element.trimmedText();
					}
					else if (element.is(Wxr.WP, "base_site_url")) {
						run.baseSiteUrl = element.trimmedText();
					}
					else if (element.is(Wxr.RSS, "link")) {
						run.link = element.trimmedText();
					}
				}
			}
		}
	}

	private void importAll(ImportRun run, InputStream in) throws IOException {
		ImportJob job = run.job;
		try (WxrReader reader = new WxrReader(in)) {
			WxrReader.Entry entry;
			while ((entry = reader.next()) != null) {
				job.bytesRead(reader.bytesConsumed());
				if (entry instanceof Unreadable unreadable) {
					if (unreadable.name().equals("item")) {
						job.itemRead();
					}
					job.report(new ImportIssue(Outcome.SKIPPED, unreadable.line(), entryOf(unreadable.name()), null,
							null, Reason.UNREADABLE_XML, unreadable.problem()));
				}
				else if (((Element) entry).element().is(Wxr.RSS, "item")) {
					this.posts.item(run, (Element) entry);
				}
				else {
					this.channel.handle(run, (Element) entry);
				}
			}
			job.bytesRead(reader.bytesConsumed());
		}
	}

	private static Entry entryOf(String qualifiedName) {
		return switch (qualifiedName) {
			case "item" -> Entry.ITEM;
			case "wp:author" -> Entry.AUTHOR;
			case "wp:category" -> Entry.CATEGORY;
			case "wp:tag" -> Entry.TAG;
			case "dateline:source" -> Entry.SOURCE;
			default -> Entry.ELEMENT;
		};
	}

}
