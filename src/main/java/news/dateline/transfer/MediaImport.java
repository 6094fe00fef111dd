package news.dateline.transfer;

import static news.dateline.transfer.WxrText.firstPresent;
import static news.dateline.transfer.WxrText.fit;
import static news.dateline.transfer.WxrText.nonNull;
import static news.dateline.transfer.WxrText.plainText;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.media.LibraryImage;
import news.dateline.media.MediaDetails;
import news.dateline.media.MediaService;
import news.dateline.media.MediaUpload;
import news.dateline.system.FieldRejectedException;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;
import news.dateline.transfer.ImportRecords.Kind;
import news.dateline.transfer.WxrReader.Element;

/**
 * The importer's step for WordPress attachments: each image goes into the media library
 * with its alt text, caption and credit (and the library's variants), read from the
 * uploads folder given with the import or, when allowed, fetched from its URL. A missing
 * or refused file is reported. The run then knows each image by its WordPress id and by
 * its old URLs, its size variants' too, so posts can feature it and their bodies point at
 * the library.
 */
@Component
class MediaImport {

	static final String IMPORTED_BY = "WordPress import";

	private static final Logger log = LoggerFactory.getLogger(MediaImport.class);

	private static final Pattern CREDIT = Pattern.compile("s:6:\"credit\";s:\\d+:\"([^\"]*)\";");

	private static final Pattern SIZE_FILE = Pattern.compile("s:4:\"file\";s:\\d+:\"([^\"/]+)\";");

	private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d+x\\d+(?=\\.[A-Za-z0-9]+$)");

	private static final long MAX_DOWNLOAD = 50L * 1024 * 1024;

	private final MediaService media;

	private final ImportRecords records;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	MediaImport(MediaService media, ImportRecords records, TransactionTemplate transactions, Clock clock) {
		this.media = media;
		this.records = records;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Whether this item is an attachment. */
	static boolean isAttachment(XmlElement item) {
		return "attachment".equals(item.text(Wxr.WP, "post_type"));
	}

	/**
	 * Brings an attachment into the media library (once per run), or reports why it could
	 * not.
	 */
	void attachment(ImportRun run, Element read) {
		XmlElement item = read.element();
		String id = item.text(Wxr.WP, "post_id");
		String url = item.text(Wxr.WP, "attachment_url");
		if (id == null || !run.attachmentsDone.add(id)) {
			return;
		}
		Optional<LibraryImage> existing = this.records.find(run.source(), Kind.MEDIA, id)
			.flatMap(this.media::libraryImage);
		if (existing.isPresent()) {
			remember(run, item, existing.get());
			return;
		}
		String title = item.text(Wxr.RSS, "title");
		try {
			byte[] bytes = read(run, item, url);
			LibraryImage image = this.transactions.execute((status) -> {
				LibraryImage stored = this.media.importImage(new MediaUpload(fileName(url), bytes, details(item)),
						IMPORTED_BY);
				this.records.remember(run.source(), Kind.MEDIA, id, stored.id(), this.clock.instant());
				return stored;
			});
			remember(run, item, image);
		}
		catch (Skip skip) {
			run.issue(Outcome.SKIPPED, read.line(), Entry.POST, id, title, skip.reason(), skip.detail());
		}
		catch (FieldRejectedException ex) {
			run.issue(Outcome.SKIPPED, read.line(), Entry.POST, id, title, Reason.MEDIA_REFUSED, url);
		}
	}

	private static MediaDetails details(XmlElement item) {
		String title = plainText(item.text(Wxr.RSS, "title"));
		String alt = null;
		String credit = null;
		for (XmlElement meta : item.children(Wxr.WP, "postmeta")) {
			String key = nonNull(meta.text(Wxr.WP, "meta_key"));
			if (key.equals("_wp_attachment_image_alt")) {
				alt = meta.text(Wxr.WP, "meta_value");
			}
			else if (key.equals("_wp_attachment_metadata")) {
				Matcher matcher = CREDIT.matcher(nonNull(meta.text(Wxr.WP, "meta_value")));
				credit = matcher.find() ? WxrText.blankToNull(matcher.group(1)) : null;
			}
		}
		String caption = plainText(item.child(Wxr.EXCERPT, "encoded").map(XmlElement::text).orElse(null));
		return new MediaDetails(fit(firstPresent(alt, title, "Image"), 500), fit(caption, 1000), fit(credit, 300));
	}

	/**
	 * The file's bytes, from the uploads folder, else from its URL when that is allowed.
	 */
	private byte[] read(ImportRun run, XmlElement item, String url) throws Skip {
		if (url == null) {
			throw new Skip(Reason.ATTACHMENT, null);
		}
		Path uploads = run.options.uploads();
		if (uploads != null) {
			Path file = localFile(uploads, item, url);
			if (file != null && Files.isRegularFile(file)) {
				try {
					return Files.readAllBytes(file);
				}
				catch (IOException ex) {
					log.warn("Could not read {}", file, ex);
				}
			}
		}
		if (run.options.fetchMedia()) {
			byte[] fetched = fetch(url);
			if (fetched != null) {
				return fetched;
			}
		}
		throw new Skip(Reason.ATTACHMENT, url);
	}

	/** Where the attachment's file is in the uploads folder, never outside it. */
	private static Path localFile(Path uploads, XmlElement item, String url) {
		String relative = null;
		for (XmlElement meta : item.children(Wxr.WP, "postmeta")) {
			if ("_wp_attached_file".equals(meta.text(Wxr.WP, "meta_key"))) {
				relative = meta.text(Wxr.WP, "meta_value");
			}
		}
		if (relative == null) {
			int at = url.indexOf("/uploads/");
			relative = (at >= 0) ? WxrText.decode(url.substring(at + "/uploads/".length())) : null;
		}
		if (relative == null) {
			return null;
		}
		Path root = uploads.toAbsolutePath().normalize();
		Path file = root.resolve(relative).normalize();
		return file.startsWith(root) ? file : null;
	}

	private byte[] fetch(String url) {
		try {
			URI uri = new URI(url);
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
				return null;
			}
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build();
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					return null;
				}
				byte[] bytes = body.readNBytes((int) MAX_DOWNLOAD + 1);
				return (bytes.length > MAX_DOWNLOAD) ? null : bytes;
			}
		}
		catch (URISyntaxException | IOException | IllegalArgumentException ex) {
			log.info("Could not fetch {}: {}", url, ex.toString());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * Knows the image by its id, its URL and its size variants' URLs, so posts can find
	 * it.
	 */
	private static void remember(ImportRun run, XmlElement item, LibraryImage image) {
		run.mediaById.put(item.text(Wxr.WP, "post_id"), image);
		String parent = item.text(Wxr.WP, "post_parent");
		if (parent != null && !parent.equals("0")) {
			run.mediaByParent.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(image);
		}
		String url = item.text(Wxr.WP, "attachment_url");
		if (url == null) {
			return;
		}
		run.mediaByUrl.put(url, image);
		String folder = url.substring(0, url.lastIndexOf('/') + 1);
		for (XmlElement meta : item.children(Wxr.WP, "postmeta")) {
			if ("_wp_attachment_metadata".equals(meta.text(Wxr.WP, "meta_key"))) {
				Matcher sizes = SIZE_FILE.matcher(nonNull(meta.text(Wxr.WP, "meta_value")));
				while (sizes.find()) {
					run.mediaByUrl.put(folder + sizes.group(1), image);
				}
			}
		}
	}

	/**
	 * The library image an old URL (or one of its size variants) names, if it was
	 * imported.
	 */
	static LibraryImage byUrl(ImportRun run, String url) {
		LibraryImage image = run.mediaByUrl.get(url);
		return (image != null) ? image : run.mediaByUrl.get(SIZE_SUFFIX.matcher(url).replaceFirst(""));
	}

	private static String fileName(String url) {
		String path = url;
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		return WxrText.decode(path.substring(path.lastIndexOf('/') + 1));
	}

}
