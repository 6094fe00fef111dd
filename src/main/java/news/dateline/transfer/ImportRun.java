package news.dateline.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.dateline.media.LibraryImage;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;
import news.dateline.transfer.WxrReader.Element;

/**
 * The state of one import: the job it counts on, the site the file comes from, and what
 * it has seen so far (ids, terms, media), which the importer's steps share.
 */
final class ImportRun {

	final ImportJob job;

	final ImportOptions options;

	String baseBlogUrl;

	String baseSiteUrl;

	String link;

	boolean datelineExport;

	final Map<String, Integer> seenPosts = new HashMap<>();

	final Set<String> seenComments = new HashSet<>();

	final Set<String> knownAuthors = new HashSet<>();

	final Set<String> knownSections = new HashSet<>();

	final Map<String, Boolean> knownSources = new HashMap<>();

	final Map<String, String> categorySlugsByTermId = new HashMap<>();

	final Map<String, String> categoryNames = new HashMap<>();

	final Map<String, String> categoryDescriptions = new HashMap<>();

	final Map<String, String> categoryParents = new HashMap<>();

	/** Media library images by the WordPress id of the attachment they came from. */
	final Map<String, LibraryImage> mediaById = new HashMap<>();

	/** Media library images by the attachment's URL on the old site. */
	final Map<String, LibraryImage> mediaByUrl = new HashMap<>();

	/**
	 * Media library images by the WordPress id of the post they were attached to, for
	 * {@code [gallery]}.
	 */
	final Map<String, List<LibraryImage>> mediaByParent = new HashMap<>();

	/**
	 * Attachments dealt with already (in the media pass before the posts, or earlier in
	 * this one).
	 */
	final Set<String> attachmentsDone = new HashSet<>();

	private final Set<String> reportedOnce = new HashSet<>();

	ImportRun(ImportJob job, ImportOptions options) {
		this.job = job;
		this.options = options;
	}

	/** The site the file comes from, which keys what was imported from it. */
	String source() {
		String url = (this.baseBlogUrl != null) ? this.baseBlogUrl
				: (this.baseSiteUrl != null) ? this.baseSiteUrl : this.link;
		if (url == null) {
			return "unknown";
		}
		String key = url.strip().toLowerCase(Locale.ROOT);
		while (key.endsWith("/")) {
			key = key.substring(0, key.length() - 1);
		}
		return (key.length() > 300) ? key.substring(0, 300) : key;
	}

	/**
	 * The path the old site lived under ({@code /blog} for a WordPress installed in a
	 * folder), or the empty string at a host's root.
	 */
	String sitePath() {
		String url = (this.baseBlogUrl != null) ? this.baseBlogUrl : this.link;
		if (url == null) {
			return "";
		}
		try {
			String path = new URI(url.strip()).getRawPath();
			if (path == null) {
				return "";
			}
			while (path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			return path.toLowerCase(Locale.ROOT);
		}
		catch (URISyntaxException ex) {
			return "";
		}
	}

	/**
	 * Whether this key (an element's name, a shortcode, a meta key) is reported for the
	 * first time.
	 */
	boolean firstReport(String key) {
		return this.reportedOnce.add(key);
	}

	void issue(Outcome outcome, int line, Entry entry, String id, String title, Reason reason, String detail) {
		this.job.report(new ImportIssue(outcome, line, entry, id, title, reason, detail));
	}

	void repaired(Element read, Entry entry, String id, String title) {
		for (String repair : read.repairs()) {
			issue(Outcome.REPAIRED, read.line(), entry, id, title, Reason.XML_REPAIRED, repair);
		}
	}

	void unknownElement(int line, String name) {
		if (firstReport("element:" + name)) {
			issue(Outcome.REPAIRED, line, Entry.ELEMENT, null, "dateline:" + name, Reason.UNKNOWN_ELEMENT, null);
		}
	}

}
