package news.dateline.transfer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ImportedStory;
import news.dateline.article.LegacyPath;
import news.dateline.author.AuthorLink;
import news.dateline.author.AuthorService;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.Commenter;
import news.dateline.comment.HoldReason;
import news.dateline.comment.ImportedComment;
import news.dateline.section.SectionService;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceNotFoundException;
import news.dateline.source.SourceService;
import news.dateline.system.Signer;
import news.dateline.system.Slugs;
import news.dateline.tag.TagService;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;
import news.dateline.transfer.ImportRecords.Kind;
import news.dateline.transfer.WxrReader.Element;
import news.dateline.transfer.WxrReader.Unreadable;

/**
 * Imports a WXR file, WordPress's or Dateline's own, one channel element at a time. Authors,
 * categories, tags and sources come first in the file and are made when missing; each post is then
 * stored with its comments in one transaction of its own, so a failure costs one post and memory
 * holds one post at a time. Posts and comments already imported from the same site (by
 * {@code wp:base_blog_url}) are recognised by their WordPress ids and not added again. Whatever is
 * left out or mended is reported on the {@link ImportJob}, with its line and the reason.
 */
@Service
public class WxrImporter {

	/** The longest body imported, in Markdown characters; its HTML must fit the column too. */
	static final int MAX_BODY = 500_000;

	private static final Logger log = LoggerFactory.getLogger(WxrImporter.class);

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private static final Pattern TAGS = Pattern.compile("<[^>]*>");

	private static final Set<String> CORE_ITEM_ELEMENTS = Set.of("status", "published", "created", "updated",
			"markdown", "dateline-city", "dateline-country", "byline", "source", "old-slug", "legacy-path");

	private static final Set<String> CORE_CHANNEL_ELEMENTS = Set.of("format-version", "source");

	private static final String PRIMARY_CATEGORY_META = "_yoast_wpseo_primary_category";

	private final ArticleService articles;

	private final CommentService comments;

	private final AuthorService authors;

	private final SectionService sections;

	private final SourceService sources;

	private final TagService tags;

	private final ImportRecords records;

	private final Signer signer;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final List<TransferExtension> extensions;

	private final HtmlToMarkdown htmlToMarkdown = new HtmlToMarkdown();

	private final ZoneId fallbackZone;

	private final Clock clock;

	WxrImporter(ArticleService articles, CommentService comments, AuthorService authors, SectionService sections,
			SourceService sources, TagService tags, ImportRecords records, Signer signer,
			TransactionTemplate transactions, EntityManager entityManager, List<TransferExtension> extensions,
			@Value("${dateline.import.time-zone:${dateline.site.time-zone:UTC}}") ZoneId fallbackZone, Clock clock) {
		this.articles = articles;
		this.comments = comments;
		this.authors = authors;
		this.sections = sections;
		this.sources = sources;
		this.tags = tags;
		this.records = records;
		this.signer = signer;
		this.transactions = transactions;
		this.entityManager = entityManager;
		this.extensions = extensions;
		this.fallbackZone = fallbackZone;
		this.clock = clock;
	}

	/** A job for a file of this name and size, to pass to {@link #run}. */
	public ImportJob newJob(String fileName, long totalBytes) {
		return new ImportJob(fileName, totalBytes, this.clock);
	}

	/**
	 * Imports the document on this stream, counting on the job as it goes; ends the job as finished, or
	 * as failed when the stream cannot be read at all. Never throws for what is in the file.
	 */
	public void run(ImportJob job, InputStream in) {
		CountingStream counting = new CountingStream(in);
		Run run = new Run(job);
		try (WxrReader reader = new WxrReader(counting)) {
			WxrReader.Entry entry;
			while ((entry = reader.next()) != null) {
				job.bytesRead(counting.count);
				if (entry instanceof Unreadable unreadable) {
					if (unreadable.name().equals("item")) {
						job.itemRead();
					}
					job.report(new ImportIssue(Outcome.SKIPPED, unreadable.line(), entryOf(unreadable.name()), null, null,
							Reason.UNREADABLE_XML, unreadable.problem()));
				}
				else {
					run.handle((Element) entry);
				}
			}
			job.bytesRead(counting.count);
			job.finish();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import of {} stopped", job.progress().fileName(), ex);
			job.fail(ex.getMessage());
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

	/** A reason to leave an entry out, thrown while it is being read. */
	private static final class Skip extends Exception {

		private final Reason reason;

		private final String detail;

		Skip(Reason reason, String detail) {
			super(reason.name(), null, false, false);
			this.reason = reason;
			this.detail = detail;
		}

	}

	/** The state of one import: the site it comes from and what it has seen so far. */
	private final class Run {

		private final ImportJob job;

		private String baseBlogUrl;

		private String baseSiteUrl;

		private String link;

		private boolean datelineExport;

		private final Map<String, Integer> seenPosts = new HashMap<>();

		private final Set<String> seenComments = new HashSet<>();

		private final Set<String> knownAuthors = new HashSet<>();

		private final Set<String> knownSections = new HashSet<>();

		private final Map<String, Boolean> knownSources = new HashMap<>();

		private final Map<String, String> categorySlugsByTermId = new HashMap<>();

		private final Map<String, String> categoryNames = new HashMap<>();

		private final Set<String> reportedElements = new HashSet<>();

		Run(ImportJob job) {
			this.job = job;
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

		void handle(Element read) {
			XmlElement element = read.element();
			String namespace = element.namespace();
			String name = element.name();
			if (namespace.equals(Wxr.RSS) && name.equals("item")) {
				item(read);
				return;
			}
			Entry entry = switch (name) {
				case "author" -> Entry.AUTHOR;
				case "category" -> Entry.CATEGORY;
				case "tag" -> Entry.TAG;
				case "source" -> Entry.SOURCE;
				default -> Entry.ELEMENT;
			};
			repaired(read, entry, null, null);
			try {
				if (namespace.equals(Wxr.RSS) && name.equals("link")) {
					this.link = element.trimmedText();
				}
				else if (namespace.equals(Wxr.WP)) {
					wordPressChannelElement(element);
				}
				else if (namespace.equals(Wxr.DATELINE)) {
					datelineChannelElement(read.line(), element);
				}
			}
			catch (Skip skip) {
				issue(Outcome.SKIPPED, read.line(), entry, null, element.trimmedText(), skip.reason, skip.detail);
			}
		}

		private void wordPressChannelElement(XmlElement element) throws Skip {
			switch (element.name()) {
				case "base_site_url" -> this.baseSiteUrl = element.trimmedText();
				case "base_blog_url" -> this.baseBlogUrl = element.trimmedText();
				case "author" -> author(element);
				case "category" -> category(element);
				case "tag" -> tag(element);
				default -> {
				}
			}
		}

		private void datelineChannelElement(int line, XmlElement element) throws Skip {
			if (element.name().equals("format-version")) {
				this.datelineExport = true;
			}
			else if (element.name().equals("source")) {
				source(element);
			}
			else {
				boolean claimed = false;
				for (TransferExtension extension : WxrImporter.this.extensions) {
					if (extension.channelElements().contains(element.name())) {
						WxrImporter.this.transactions.executeWithoutResult((status) -> extension.importChannel(element));
						claimed = true;
					}
				}
				if (!claimed) {
					unknownElement(line, element.name());
				}
			}
		}

		private void author(XmlElement element) throws Skip {
			String login = element.text(Wxr.WP, "author_login");
			String slug = fitSlug(Slugs.of(login), 80);
			if (slug.isEmpty()) {
				throw new Skip(Reason.NO_SLUG, login);
			}
			String first = element.text(Wxr.WP, "author_first_name");
			String last = element.text(Wxr.WP, "author_last_name");
			String fullName = String.join(" ", nonNull(first), nonNull(last)).strip();
			String name = firstPresent(element.text(Wxr.WP, "author_display_name"), fullName, login);
			List<AuthorLink> links = new ArrayList<>();
			for (XmlElement link : element.children(Wxr.DATELINE, "link")) {
				if (link.trimmedText() != null) {
					links.add(new AuthorLink(fit(nonNull(link.attribute("label")), 80), fit(link.trimmedText(), 500)));
				}
			}
			List<String> beats = element.children(Wxr.DATELINE, "beat")
				.stream()
				.map(XmlElement::trimmedText)
				.filter((beat) -> beat != null)
				.map((beat) -> fit(beat, 80))
				.toList();
			if (WxrImporter.this.authors.createIfAbsent(slug, fit(name, 160), fit(element.text(Wxr.DATELINE, "bio"), 2000),
					fit(element.text(Wxr.DATELINE, "photo-url"), 500), beats, links)) {
				this.job.authorCreated();
			}
			this.knownAuthors.add(slug);
		}

		private void category(XmlElement element) throws Skip {
			String name = element.text(Wxr.WP, "cat_name");
			String slug = termSlug(element.text(Wxr.WP, "category_nicename"), name);
			if (slug.isEmpty()) {
				throw new Skip(Reason.NO_SLUG, name);
			}
			String termId = element.text(Wxr.WP, "term_id");
			if (termId != null) {
				this.categorySlugsByTermId.put(termId, slug);
			}
			this.categoryNames.put(slug, (name != null) ? name : slug);
			if (this.datelineExport) {
				// a Dateline section exists whether or not it has stories yet; WordPress's
				// categories become sections only when a post is filed in them
				String position = element.text(Wxr.DATELINE, "position");
				section(slug, element.text(Wxr.WP, "category_description"),
						(position != null && position.matches("-?\\d{1,9}")) ? Integer.parseInt(position) : 0);
			}
		}

		private void tag(XmlElement element) throws Skip {
			String name = element.text(Wxr.WP, "tag_name");
			if (name == null || tagProblem(name) != null) {
				throw new Skip(Reason.NO_SLUG, name);
			}
			if (this.datelineExport) {
				WxrImporter.this.tags.findOrCreate(name);
			}
		}

		private void source(XmlElement element) throws Skip {
			String slug = fitSlug(nonNull(element.text(Wxr.DATELINE, "slug")), 80);
			String name = element.text(Wxr.DATELINE, "name");
			if (slug.isEmpty() || name == null) {
				throw new Skip(Reason.NO_SLUG, name);
			}
			SourceKind kind;
			try {
				kind = SourceKind.valueOf(nonNull(element.text(Wxr.DATELINE, "kind")));
			}
			catch (IllegalArgumentException ex) {
				kind = SourceKind.WIRE;
			}
			if (WxrImporter.this.sources.createIfAbsent(slug, fit(name, 160), kind,
					fit(element.text(Wxr.DATELINE, "url"), 500),
					fit(firstPresent(element.text(Wxr.DATELINE, "attribution"), "{name}"), 300))) {
				this.job.sourceCreated();
			}
			this.knownSources.put(slug, true);
		}

		private void item(Element read) {
			XmlElement item = read.element();
			int line = read.line();
			this.job.itemRead();
			String postId = item.text(Wxr.WP, "post_id");
			String title = item.text(Wxr.RSS, "title");
			List<XmlElement> itemComments = item.children(Wxr.WP, "comment");
			repaired(read, Entry.POST, postId, title);
			try {
				String type = firstPresent(item.text(Wxr.WP, "post_type"), "post");
				if (type.equals("attachment")) {
					throw new Skip(Reason.ATTACHMENT, item.text(Wxr.WP, "attachment_url"));
				}
				if (!type.equals("post")) {
					throw new Skip(Reason.NOT_A_POST, type);
				}
				if (postId == null) {
					throw new Skip(Reason.NO_ID, null);
				}
				Integer firstLine = this.seenPosts.putIfAbsent(postId, line);
				if (firstLine != null) {
					throw new Skip(Reason.DUPLICATE_ID, "line " + firstLine);
				}
				if (title == null) {
					throw new Skip(Reason.NO_TITLE, null);
				}
				Optional<Long> existing = WxrImporter.this.records.find(source(), Kind.POST, postId);
				if (existing.isPresent()) {
					this.job.postAlreadyThere();
					store(line, postId, title, null, existing.get(), itemComments, List.of());
					return;
				}
				ImportedStory story = story(item, line, postId, title);
				List<XmlElement> extensionElements = item.children()
					.stream()
					.filter((child) -> child.namespace().equals(Wxr.DATELINE)
							&& !CORE_ITEM_ELEMENTS.contains(child.name()))
					.toList();
				store(line, postId, title, story, null, itemComments, extensionElements);
			}
			catch (Skip skip) {
				issue(Outcome.SKIPPED, line, Entry.POST, postId, title, skip.reason, skip.detail);
				for (XmlElement comment : itemComments) {
					String commentId = comment.text(Wxr.WP, "comment_id");
					issue(Outcome.SKIPPED, line, Entry.COMMENT, commentId, null, Reason.POST_NOT_IMPORTED, postId);
				}
			}
		}

		/** Stores a new story (or finds the one already there) with its new comments, in one transaction. */
		private void store(int line, String postId, String title, ImportedStory story, Long existingId,
				List<XmlElement> itemComments, List<XmlElement> extensionElements) {
			List<ImportIssue> found = new ArrayList<>();
			int[] counts = new int[2];
			try {
				WxrImporter.this.transactions.executeWithoutResult((status) -> {
					Long articleId = existingId;
					if (story != null) {
						articleId = WxrImporter.this.articles.importStory(story);
						WxrImporter.this.records.remember(source(), Kind.POST, postId, articleId,
								WxrImporter.this.clock.instant());
						extensions(line, articleId, extensionElements, found);
					}
					comments(line, articleId, itemComments, found, counts);
					WxrImporter.this.entityManager.flush();
					WxrImporter.this.entityManager.clear();
				});
			}
			catch (RuntimeException ex) {
				log.warn("Could not store post {} of {}", postId, source(), ex);
				issue(Outcome.SKIPPED, line, Entry.POST, postId, title, Reason.STORE_FAILED, rootMessage(ex));
				return;
			}
			if (story != null) {
				this.job.postImported();
			}
			for (int i = 0; i < counts[0]; i++) {
				this.job.commentImported();
			}
			for (int i = 0; i < counts[1]; i++) {
				this.job.commentAlreadyThere();
			}
			found.forEach(this.job::report);
		}

		private void extensions(int line, Long articleId, List<XmlElement> elements, List<ImportIssue> found) {
			Set<String> claimed = new HashSet<>();
			for (TransferExtension extension : WxrImporter.this.extensions) {
				List<XmlElement> mine = elements.stream()
					.filter((element) -> extension.articleElements().contains(element.name()))
					.toList();
				if (!mine.isEmpty()) {
					extension.importArticle(articleId, mine);
					mine.forEach((element) -> claimed.add(element.name()));
				}
			}
			for (XmlElement element : elements) {
				if (!claimed.contains(element.name()) && this.reportedElements.add(element.name())) {
					found.add(new ImportIssue(Outcome.REPAIRED, line, Entry.ELEMENT, null, "dateline:" + element.name(),
							Reason.UNKNOWN_ELEMENT, null));
				}
			}
		}

		private ImportedStory story(XmlElement item, int line, String postId, String title) throws Skip {
			ArticleStatus status = status(item);
			boolean dateline = item.child(Wxr.DATELINE, "created").isPresent();
			Instant createdAt;
			Instant updatedAt;
			Instant publishedAt;
			if (dateline) {
				createdAt = isoInstant(item.text(Wxr.DATELINE, "created"));
				updatedAt = isoInstant(firstPresent(item.text(Wxr.DATELINE, "updated"), item.text(Wxr.DATELINE, "created")));
				String published = item.text(Wxr.DATELINE, "published");
				publishedAt = (published != null) ? isoInstant(published) : null;
			}
			else {
				Instant date = wordPressDate(item.text(Wxr.WP, "post_date_gmt"), item.text(Wxr.WP, "post_date"));
				Instant modified = optionalWordPressDate(item.text(Wxr.WP, "post_modified_gmt"),
						item.text(Wxr.WP, "post_modified"));
				createdAt = date;
				updatedAt = (modified != null && modified.isAfter(date)) ? modified : date;
				publishedAt = (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED) ? date : null;
			}
			String markdown = item.child(Wxr.DATELINE, "markdown")
				.map(XmlElement::text)
				.orElseGet(() -> this.convert(item.text(Wxr.CONTENT, "encoded")));
			if (markdown.length() > MAX_BODY) {
				throw new Skip(Reason.BODY_TOO_LONG, markdown.length() + " characters");
			}
			String headline = fitReported(title, 300, line, postId, title, "title");
			String excerpt = item.child(Wxr.EXCERPT, "encoded").map(XmlElement::text).orElse(null);
			String deck = dateline ? blankToNull(excerpt) : plainText(excerpt);
			deck = fitReported(deck, 600, line, postId, title, "excerpt");
			List<String> tagNames = new ArrayList<>();
			List<String> bylines = new ArrayList<>();
			String sectionSlug = section(item, tagNames, bylines, line, postId, title);
			if (dateline) {
				bylines.clear();
				item.children(Wxr.DATELINE, "byline").forEach((byline) -> bylines.add(byline.trimmedText()));
			}
			List<String> authorSlugs = new ArrayList<>();
			for (String login : bylines) {
				String slug = fitSlug(Slugs.of(login), 80);
				if (!slug.isEmpty() && !authorSlugs.contains(slug)) {
					ensureAuthor(slug, login);
					authorSlugs.add(slug);
				}
			}
			List<String> sourceSlugs = new ArrayList<>();
			for (XmlElement source : item.children(Wxr.DATELINE, "source")) {
				String slug = nonNull(source.trimmedText());
				if (sourceExists(slug)) {
					sourceSlugs.add(slug);
				}
				else {
					issue(Outcome.REPAIRED, line, Entry.POST, postId, title, Reason.UNKNOWN_SOURCE, slug);
				}
			}
			String slug = postSlug(item.text(Wxr.WP, "post_name"), title);
			ArticleDraft draft = new ArticleDraft(slug, headline, deck,
					fit(item.text(Wxr.DATELINE, "dateline-city"), 100), fit(item.text(Wxr.DATELINE, "dateline-country"), 100),
					markdown, sectionSlug, authorSlugs, sourceSlugs, tagNames,
					!"closed".equals(item.text(Wxr.WP, "comment_status")));
			List<String> oldSlugs = item.children(Wxr.DATELINE, "old-slug")
				.stream()
				.map(XmlElement::trimmedText)
				.filter(Slugs::isValid)
				.toList();
			return new ImportedStory(draft, status, publishedAt, createdAt, updatedAt, oldSlugs,
					legacyPaths(item, dateline));
		}

		private String convert(String html) {
			return WxrImporter.this.htmlToMarkdown.convert(html);
		}

		private ArticleStatus status(XmlElement item) throws Skip {
			String dateline = item.text(Wxr.DATELINE, "status");
			if (dateline != null) {
				try {
					return ArticleStatus.valueOf(dateline);
				}
				catch (IllegalArgumentException ex) {
					throw new Skip(Reason.UNKNOWN_STATUS, dateline);
				}
			}
			String status = nonNull(item.text(Wxr.WP, "status"));
			return switch (status) {
				case "publish" -> ArticleStatus.PUBLISHED;
				case "future" -> ArticleStatus.SCHEDULED;
				case "draft", "pending", "private" -> ArticleStatus.DRAFT;
				case "trash", "auto-draft", "inherit" -> throw new Skip(Reason.TRASHED, status);
				default -> throw new Skip(Reason.UNKNOWN_STATUS, status);
			};
		}

		/**
		 * The section: Yoast's primary category when the post names one, else the first category. The
		 * other categories become tags, and co-authors (Co-Authors Plus) join the bylines.
		 */
		private String section(XmlElement item, List<String> tagNames, List<String> bylines, int line, String postId,
				String title) {
			String creator = item.text(Wxr.DC, "creator");
			if (creator != null) {
				bylines.add(creator);
			}
			String primary = null;
			for (XmlElement meta : item.children(Wxr.WP, "postmeta")) {
				if (PRIMARY_CATEGORY_META.equals(meta.text(Wxr.WP, "meta_key"))) {
					primary = this.categorySlugsByTermId.get(meta.text(Wxr.WP, "meta_value"));
				}
			}
			String sectionSlug = null;
			String sectionName = null;
			List<String[]> otherCategories = new ArrayList<>();
			for (XmlElement category : item.children(Wxr.RSS, "category")) {
				String domain = nonNull(category.attribute("domain"));
				String name = category.trimmedText();
				String slug = termSlug(category.attribute("nicename"), name);
				switch (domain) {
					case "category" -> {
						if (slug.isEmpty()) {
							continue;
						}
						if (sectionSlug == null && (primary == null || primary.equals(slug))) {
							sectionSlug = slug;
							sectionName = (name != null) ? name : this.categoryNames.getOrDefault(slug, slug);
						}
						else {
							otherCategories.add(new String[] { slug, name });
						}
					}
					case "post_tag" -> addTag(tagNames, (name != null) ? name : slug, line, postId, title);
					case "author" -> bylines.add(slug.startsWith("cap-") ? slug.substring(4) : slug);
					default -> {
					}
				}
			}
			for (String[] other : otherCategories) {
				if (sectionSlug == null) {
					sectionSlug = other[0];
					sectionName = (other[1] != null) ? other[1] : other[0];
				}
				else {
					addTag(tagNames, (other[1] != null) ? other[1] : other[0], line, postId, title);
				}
			}
			if (sectionSlug != null) {
				section(sectionSlug, null, 0);
				return sectionSlug;
			}
			return null;
		}

		private void section(String slug, String description, int position) {
			if (this.knownSections.add(slug) && WxrImporter.this.sections.createIfAbsent(slug,
					fit(this.categoryNames.getOrDefault(slug, slug), 120), fit(description, 1000), position)) {
				this.job.sectionCreated();
			}
		}

		private void addTag(List<String> tagNames, String name, int line, String postId, String title) {
			String problem = tagProblem(name);
			if (problem != null) {
				issue(Outcome.REPAIRED, line, Entry.POST, postId, title, Reason.TAG_DROPPED, problem);
			}
			else if (!tagNames.contains(name.strip())) {
				tagNames.add(name.strip());
			}
		}

		private void ensureAuthor(String slug, String login) {
			if (this.knownAuthors.add(slug)
					&& WxrImporter.this.authors.createIfAbsent(slug, fit(login, 160), null, null, List.of(), List.of())) {
				this.job.authorCreated();
			}
		}

		private boolean sourceExists(String slug) {
			return this.knownSources.computeIfAbsent(slug, (key) -> {
				try {
					WxrImporter.this.sources.bySlug(key);
					return true;
				}
				catch (SourceNotFoundException ex) {
					return false;
				}
			});
		}

		private List<String> legacyPaths(XmlElement item, boolean dateline) {
			Set<String> paths = new LinkedHashSet<>();
			if (dateline) {
				// already in their stored form
				item.children(Wxr.DATELINE, "legacy-path")
					.stream()
					.map(XmlElement::trimmedText)
					.filter((path) -> path != null && path.startsWith("/") && path.length() <= LegacyPath.MAX_LENGTH)
					.forEach(paths::add);
			}
			else {
				LegacyPath.ofUrl(item.text(Wxr.RSS, "link")).ifPresent(paths::add);
				LegacyPath.ofUrl(item.text(Wxr.RSS, "guid")).ifPresent(paths::add);
			}
			return List.copyOf(paths);
		}

		private void comments(int line, Long articleId, List<XmlElement> itemComments, List<ImportIssue> found,
				int[] counts) {
			Map<String, Long> stored = new HashMap<>();
			Set<String> skipped = new HashSet<>();
			List<XmlElement> waiting = new ArrayList<>();
			for (XmlElement comment : itemComments) {
				String id = comment.text(Wxr.WP, "comment_id");
				try {
					if (id == null) {
						throw new Skip(Reason.NO_ID, null);
					}
					if (!this.seenComments.add(id)) {
						throw new Skip(Reason.DUPLICATE_ID, null);
					}
					Optional<Long> existing = WxrImporter.this.records.find(source(), Kind.COMMENT, id);
					if (existing.isPresent()) {
						stored.put(id, existing.get());
						counts[1]++;
						continue;
					}
					String type = nonNull(comment.text(Wxr.WP, "comment_type"));
					if (type.equals("pingback") || type.equals("trackback")) {
						throw new Skip(Reason.PINGBACK, type);
					}
					waiting.add(comment);
				}
				catch (Skip skip) {
					if (id != null) {
						skipped.add(id);
					}
					found.add(new ImportIssue(Outcome.SKIPPED, line, Entry.COMMENT, id, null, skip.reason, skip.detail));
				}
			}
			// replies may come before the comments they answer: store what can be stored until nothing moves
			boolean moved = true;
			while (moved && !waiting.isEmpty()) {
				moved = false;
				for (XmlElement comment : List.copyOf(waiting)) {
					String id = comment.text(Wxr.WP, "comment_id");
					String parent = comment.text(Wxr.WP, "comment_parent");
					boolean topLevel = parent == null || parent.equals("0");
					Long parentId = topLevel ? null : stored.get(parent);
					if (!topLevel && parentId == null) {
						parentId = WxrImporter.this.records.find(source(), Kind.COMMENT, parent).orElse(null);
					}
					if (!topLevel && parentId == null && !skipped.contains(parent)) {
						continue;
					}
					waiting.remove(comment);
					moved = true;
					try {
						if (!topLevel && parentId == null) {
							throw new Skip(Reason.PARENT_SKIPPED, parent);
						}
						Long localId = WxrImporter.this.comments.importComment(comment(articleId, parentId, comment,
								line, found));
						WxrImporter.this.records.remember(source(), Kind.COMMENT, id, localId,
								WxrImporter.this.clock.instant());
						stored.put(id, localId);
						counts[0]++;
					}
					catch (Skip skip) {
						skipped.add(id);
						found.add(new ImportIssue(Outcome.SKIPPED, line, Entry.COMMENT, id, null, skip.reason, skip.detail));
					}
				}
			}
			Set<String> waitingIds = new HashSet<>();
			waiting.forEach((comment) -> waitingIds.add(comment.text(Wxr.WP, "comment_id")));
			for (XmlElement comment : waiting) {
				String parent = comment.text(Wxr.WP, "comment_parent");
				found.add(new ImportIssue(Outcome.SKIPPED, line, Entry.COMMENT, comment.text(Wxr.WP, "comment_id"), null,
						waitingIds.contains(parent) ? Reason.PARENT_SKIPPED : Reason.PARENT_MISSING, parent));
			}
		}

		private ImportedComment comment(Long articleId, Long parentId, XmlElement comment, int line,
				List<ImportIssue> found) throws Skip {
			String id = comment.text(Wxr.WP, "comment_id");
			boolean dateline = comment.child(Wxr.DATELINE, "created").isPresent();
			String content = comment.child(Wxr.WP, "comment_content").map(XmlElement::text).orElse("");
			String body = dateline ? content.strip() : plainText(content);
			if (body == null || body.isBlank()) {
				throw new Skip(Reason.EMPTY_COMMENT, null);
			}
			if (body.length() > 65_525) {
				body = body.substring(0, 65_525);
				found.add(new ImportIssue(Outcome.REPAIRED, line, Entry.COMMENT, id, null, Reason.TRUNCATED, "comment"));
			}
			Instant createdAt = dateline ? isoInstant(comment.text(Wxr.DATELINE, "created"))
					: wordPressDate(comment.text(Wxr.WP, "comment_date_gmt"), comment.text(Wxr.WP, "comment_date"));
			String approved = nonNull(comment.text(Wxr.WP, "comment_approved"));
			CommentStatus status = switch (approved) {
				case "1", "approve", "approved" -> CommentStatus.APPROVED;
				case "0", "hold" -> CommentStatus.PENDING;
				case "spam" -> CommentStatus.SPAM;
				case "trash", "post-trashed" -> CommentStatus.TRASH;
				default -> throw new Skip(Reason.UNKNOWN_STATUS, approved);
			};
			HoldReason heldReason = null;
			String held = comment.text(Wxr.DATELINE, "held-reason");
			if (held != null) {
				try {
					heldReason = HoldReason.valueOf(held);
				}
				catch (IllegalArgumentException ex) {
					heldReason = null;
				}
			}
			String website = comment.text(Wxr.WP, "comment_author_url");
			if (website != null && website.length() > 200) {
				found.add(new ImportIssue(Outcome.REPAIRED, line, Entry.COMMENT, id, null, Reason.TRUNCATED, "website"));
				website = null;
			}
			String ipHash = comment.text(Wxr.DATELINE, "ip-hash");
			if (ipHash == null) {
				ipHash = WxrImporter.this.signer.hashAddress(firstPresent(comment.text(Wxr.WP, "comment_author_IP"), "unknown"));
			}
			String name = comment.text(Wxr.WP, "comment_author");
			name = firstPresent(dateline ? name : plainText(name), "Anonymous");
			Commenter commenter = new Commenter(fit(name, 245),
					fit(nonNull(comment.text(Wxr.WP, "comment_author_email")), 100), website, fit(ipHash, 64));
			return new ImportedComment(articleId, parentId, commenter, body, createdAt, status, heldReason);
		}

		private void repaired(Element read, Entry entry, String id, String title) {
			for (String repair : read.repairs()) {
				issue(Outcome.REPAIRED, read.line(), entry, id, title, Reason.XML_REPAIRED, repair);
			}
		}

		private String fitReported(String value, int max, int line, String postId, String title, String field) {
			if (value != null && value.length() > max) {
				issue(Outcome.REPAIRED, line, Entry.POST, postId, title, Reason.TRUNCATED, field);
				return value.substring(0, max);
			}
			return value;
		}

		private void unknownElement(int line, String name) {
			if (this.reportedElements.add(name)) {
				issue(Outcome.REPAIRED, line, Entry.ELEMENT, null, "dateline:" + name, Reason.UNKNOWN_ELEMENT, null);
			}
		}

		private void issue(Outcome outcome, int line, Entry entry, String id, String title, Reason reason,
				String detail) {
			this.job.report(new ImportIssue(outcome, line, entry, id, title, reason, detail));
		}

	}

	private Instant wordPressDate(String gmt, String local) throws Skip {
		Instant date = optionalWordPressDate(gmt, local);
		if (date == null) {
			throw new Skip(Reason.BAD_DATE, firstPresent(local, gmt, "no date"));
		}
		return date;
	}

	/** {@code post_date_gmt} in UTC, else {@code post_date} in the configured zone; drafts have 0000-00-00 as GMT. */
	private Instant optionalWordPressDate(String gmt, String local) {
		Instant date = parseWordPressDate(gmt, ZoneOffset.UTC);
		return (date != null) ? date : parseWordPressDate(local, this.fallbackZone);
	}

	private static Instant parseWordPressDate(String text, ZoneId zone) {
		if (text == null || text.startsWith("0000-00-00")) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip(), WP_DATE).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Instant isoInstant(String text) throws Skip {
		try {
			return Instant.parse(nonNull(text));
		}
		catch (DateTimeException ex) {
			throw new Skip(Reason.BAD_DATE, text);
		}
	}

	/** A post's slug: WordPress's own when it is one (percent-decoded), else made from it or the title. */
	private static String postSlug(String postName, String title) {
		String decoded = decode(postName);
		if (Slugs.isValid(decoded)) {
			return decoded;
		}
		String slug = Slugs.of(decoded);
		return slug.isEmpty() ? Slugs.of(title) : slug;
	}

	private static String termSlug(String nicename, String name) {
		String slug = Slugs.of(decode(nicename));
		return fitSlug(slug.isEmpty() ? Slugs.of(name) : slug, 80);
	}

	/** Why a tag name cannot be kept, or null when it can. */
	private static String tagProblem(String name) {
		String slug = Slugs.of(name);
		return (slug.isEmpty() || slug.length() > 80 || name.strip().length() > 120) ? name : null;
	}

	private static String decode(String text) {
		if (text == null) {
			return "";
		}
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	private static String fitSlug(String slug, int max) {
		if (slug.length() <= max) {
			return slug;
		}
		int cut = slug.lastIndexOf('-', max);
		String fitted = slug.substring(0, (cut > max / 2) ? cut : max);
		return fitted.endsWith("-") ? fitted.substring(0, fitted.length() - 1) : fitted;
	}

	/** Text without markup: tags removed, entities decoded, whitespace runs kept as they are. */
	private static String plainText(String html) {
		if (html == null) {
			return null;
		}
		String text = HtmlUtils.htmlUnescape(TAGS.matcher(html).replaceAll("")).strip();
		return text.isEmpty() ? null : text;
	}

	private static String fit(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	private static String firstPresent(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return (message != null && message.length() > 300) ? message.substring(0, 300) : message;
	}

	/** Counts the bytes read, for the progress bar. */
	private static final class CountingStream extends FilterInputStream {

		private volatile long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
