package news.dateline.transfer;

import static news.dateline.transfer.WxrText.blankToNull;
import static news.dateline.transfer.WxrText.firstPresent;
import static news.dateline.transfer.WxrText.fit;
import static news.dateline.transfer.WxrText.isoInstant;
import static news.dateline.transfer.WxrText.nonNull;
import static news.dateline.transfer.WxrText.plainText;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ImportedStory;
import news.dateline.article.LegacyPath;
import news.dateline.media.LibraryImage;
import news.dateline.system.Editions;
import news.dateline.system.Slugs;
import news.dateline.system.SiteProperties;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;
import news.dateline.transfer.PostTerms.Post;

/**
 * The importer's step that reads one post into a story: its status (a protected post
 * never goes public, a scheduled one keeps its release time), its times, its body
 * (WordPress's HTML, shortcodes and blocks made Markdown that reads exactly as before;
 * Dateline's own Markdown as it is), where it is filed, its featured image and the
 * addresses it had. What it cannot carry over is reported.
 */
@Component
class StoryReader {

	/**
	 * The longest body imported, in Markdown characters; its HTML must fit the column
	 * too.
	 */
	static final int MAX_BODY = 500_000;

	/**
	 * Post meta WordPress and common plugins keep for themselves, or that the importer
	 * reads itself.
	 */
	private static final Set<String> KNOWN_META = Set.of("_thumbnail_id", "_yoast_wpseo_primary_category");

	private final PostTerms terms;

	private final HtmlToMarkdown htmlToMarkdown = new HtmlToMarkdown();

	private final ZoneId fallbackZone;

	private final Editions editions;

	StoryReader(PostTerms terms, ImportSettings settings, SiteProperties site, Editions editions) {
		this.terms = terms;
		this.editions = editions;
		this.fallbackZone = settings.timeZoneOr(site.timeZone());
	}

	ImportedStory story(Post post, XmlElement item) throws Skip {
		boolean dateline = item.child(Wxr.DATELINE, "created").isPresent();
		Times times = dateline ? datelineTimes(post, item) : wordPressTimes(post, item);
		String markdown = item.child(Wxr.DATELINE, "markdown")
			.map(XmlElement::text)
			.orElseGet(() -> body(post, item.text(Wxr.CONTENT, "encoded"), item.text(Wxr.WP, "post_id")));
		if (markdown.length() > MAX_BODY) {
			throw new Skip(Reason.BODY_TOO_LONG, markdown.length() + " characters");
		}
		String headline = fitReported(post, post.title(), 300, "title");
		String excerpt = item.child(Wxr.EXCERPT, "encoded").map(XmlElement::text).orElse(null);
		String deck = fitReported(post, dateline ? blankToNull(excerpt) : plainText(excerpt), 600, "excerpt");
		List<String> tagNames = new ArrayList<>();
		List<String> bylines = new ArrayList<>();
		String sectionSlug = this.terms.file(post, item, tagNames, bylines);
		if (dateline) {
			bylines.clear();
			item.children(Wxr.DATELINE, "byline").forEach((byline) -> bylines.add(byline.trimmedText()));
		}
		List<String> sourceSlugs = new ArrayList<>(this.terms.credited(post, item));
		if (!dateline) {
			this.terms.fromMeta(post.run(), item)
				.stream()
				.filter((slug) -> !sourceSlugs.contains(slug))
				.forEach(sourceSlugs::add);
			reportLeftOut(post, item);
		}
		ArticleDraft draft = new ArticleDraft(WxrText.postSlug(item.text(Wxr.WP, "post_name"), post.title()), headline,
				deck, fit(item.text(Wxr.DATELINE, "dateline-city"), 100),
				fit(item.text(Wxr.DATELINE, "dateline-country"), 100), markdown, sectionSlug,
				this.terms.authors(post.run(), bylines), sourceSlugs, tagNames,
				!"closed".equals(item.text(Wxr.WP, "comment_status")));
		List<String> oldSlugs = item.children(Wxr.DATELINE, "old-slug")
			.stream()
			.map(XmlElement::trimmedText)
			.filter(Slugs::isValid)
			.toList();
		String language = language(post, item);
		String translationOf = item.child(Wxr.DATELINE, "translation-group")
			.map(XmlElement::trimmedText)
			.filter(Slugs::isValid)
			.orElse(null);
		return new ImportedStory(draft, times.status, times.published, times.release, times.created, times.updated,
				oldSlugs, legacyPaths(post.run(), item, dateline), featuredImage(post, item), language, translationOf);
	}

	/**
	 * The story's edition: the language the file gives, or the import's when it gives
	 * none or one no edition has (reported, so that the story is not left in no edition).
	 */
	private String language(Post post, XmlElement item) {
		String given = item.child(Wxr.DATELINE, "language").map(XmlElement::trimmedText).orElse("");
		if (!given.isEmpty() && this.editions.byCode(given).isEmpty()) {
			post.issue(Outcome.REPAIRED, Reason.STORY_LANGUAGE_UNKNOWN, fit(given, 20));
		}
		return this.editions.byCode(given).isPresent() ? given : post.run().options.language();
	}

	/**
	 * Where a story stands and when: status, publication, release, creation and last
	 * change.
	 */
	private record Times(ArticleStatus status, Instant published, Instant release, Instant created, Instant updated) {
	}

	private Times datelineTimes(Post post, XmlElement item) throws Skip {
		String text = item.text(Wxr.DATELINE, "status");
		ArticleStatus status;
		try {
			status = ArticleStatus.valueOf(nonNull(text));
		}
		catch (IllegalArgumentException ex) {
			throw new Skip(Reason.UNKNOWN_STATUS, text);
		}
		Instant created = isoInstant(item.text(Wxr.DATELINE, "created"));
		Instant updated = isoInstant(
				firstPresent(item.text(Wxr.DATELINE, "updated"), item.text(Wxr.DATELINE, "created")));
		String published = item.text(Wxr.DATELINE, "published");
		String release = item.text(Wxr.DATELINE, "release");
		Instant releaseAt = (release != null) ? isoInstant(release) : null;
		boolean queued = status == ArticleStatus.SCHEDULED || status == ArticleStatus.EMBARGOED;
		if (queued && releaseAt == null) {
			// an export written before release times were exported: nothing would ever
			// put it live
			post.issue(Outcome.REPAIRED, Reason.RELEASE_TIME_MISSING, status.name());
			status = ArticleStatus.DRAFT;
		}
		return new Times(status, (published != null) ? isoInstant(published) : null, releaseAt, created, updated);
	}

	private Times wordPressTimes(Post post, XmlElement item) throws Skip {
		ArticleStatus status = wordPressStatus(nonNull(item.text(Wxr.WP, "status")));
		if (item.text(Wxr.WP, "post_password") != null && status != ArticleStatus.DRAFT) {
			// protected text must never become public through an import
			post.issue(Outcome.REPAIRED, Reason.PASSWORD_PROTECTED, status.name());
			status = ArticleStatus.DRAFT;
		}
		if ("1".equals(item.text(Wxr.WP, "is_sticky"))) {
			post.issue(Outcome.REPAIRED, Reason.STICKY_NOT_PINNED, null);
		}
		Instant date = WxrText.wordPressDate(item.text(Wxr.WP, "post_date_gmt"), item.text(Wxr.WP, "post_date"),
				this.fallbackZone);
		Instant modified = WxrText.optionalWordPressDate(item.text(Wxr.WP, "post_modified_gmt"),
				item.text(Wxr.WP, "post_modified"), this.fallbackZone);
		Instant updated = (modified != null && modified.isAfter(date)) ? modified : date;
		boolean scheduled = status == ArticleStatus.SCHEDULED;
		Instant published = (status == ArticleStatus.PUBLISHED || scheduled) ? date : null;
		return new Times(status, published, scheduled ? date : null, date, updated);
	}

	private static ArticleStatus wordPressStatus(String status) throws Skip {
		return switch (status) {
			case "publish" -> ArticleStatus.PUBLISHED;
			case "future" -> ArticleStatus.SCHEDULED;
			case "pending" -> ArticleStatus.IN_REVIEW;
			case "draft", "private" -> ArticleStatus.DRAFT;
			case "trash", "auto-draft", "inherit" -> throw new Skip(Reason.TRASHED, status);
			default -> throw new Skip(Reason.UNKNOWN_STATUS, status);
		};
	}

	/**
	 * A WordPress body as Markdown: shortcodes and blocks expanded, images pointed at the
	 * library.
	 */
	private String body(Post post, String content, String postId) {
		ImportRun run = post.run();
		WordPressMarkup.Context context = new WordPressMarkup.Context() {

			@Override
			public LibraryImage image(String attachmentId) {
				return run.mediaById.get(attachmentId);
			}

			@Override
			public List<LibraryImage> attachedImages() {
				return run.mediaByParent.getOrDefault(postId, List.of());
			}

			@Override
			public LibraryImage imageAt(String url) {
				return MediaImport.byUrl(run, url);
			}

			@Override
			public void unknownShortcode(String name) {
				post.issue(Outcome.REPAIRED, Reason.UNKNOWN_SHORTCODE, "[" + name + "]");
			}

			@Override
			public void missingMedia(String reference) {
				post.issue(Outcome.REPAIRED, Reason.MEDIA_MISSING, reference);
			}

		};
		String html = WordPressMarkup.toHtml(content, context);
		return this.htmlToMarkdown.convert(html, WordPressMarkup.isBlockContent(content));
	}

	/**
	 * The featured image ({@code _thumbnail_id}) from the media library, or null
	 * (reported when missing).
	 */
	private static LibraryImage featuredImage(Post post, XmlElement item) {
		for (XmlElement meta : item.children(Wxr.WP, "postmeta")) {
			if ("_thumbnail_id".equals(meta.text(Wxr.WP, "meta_key"))) {
				String id = meta.text(Wxr.WP, "meta_value");
				LibraryImage image = post.run().mediaById.get(id);
				if (image == null) {
					post.issue(Outcome.REPAIRED, Reason.MEDIA_MISSING, id);
				}
				return image;
			}
		}
		return null;
	}

	/**
	 * Reports, once per key, the post meta that is neither WordPress's own nor read here.
	 */
	private void reportLeftOut(Post post, XmlElement item) {
		for (XmlElement meta : item.children(Wxr.WP, "postmeta")) {
			String key = nonNull(meta.text(Wxr.WP, "meta_key"));
			if (!key.isEmpty() && !key.startsWith("_") && !KNOWN_META.contains(key) && !this.terms.namesSource(key)
					&& post.run().firstReport("meta:" + key)) {
				post.issue(Outcome.REPAIRED, Reason.META_NOT_IMPORTED, key);
			}
		}
		for (XmlElement category : item.children(Wxr.RSS, "category")) {
			String domain = nonNull(category.attribute("domain"));
			if (!Set.of("category", "post_tag", "author").contains(domain)
					&& post.run().firstReport("taxonomy:" + domain)) {
				post.issue(Outcome.REPAIRED, Reason.TAXONOMY_NOT_IMPORTED, domain);
			}
		}
	}

	private static String fitReported(Post post, String value, int max, String field) {
		if (value != null && value.length() > max) {
			post.issue(Outcome.REPAIRED, Reason.TRUNCATED, field);
			return value.substring(0, max);
		}
		return value;
	}

	/**
	 * The addresses the post had on the old site, also without the folder a WordPress
	 * lived in.
	 */
	private static List<String> legacyPaths(ImportRun run, XmlElement item, boolean dateline) {
		Set<String> paths = new LinkedHashSet<>();
		if (dateline) {
			// already in their stored form
			item.children(Wxr.DATELINE, "legacy-path")
				.stream()
				.map(XmlElement::trimmedText)
				.filter((path) -> path != null && path.startsWith("/") && path.length() <= LegacyPath.MAX_LENGTH)
				.forEach(paths::add);
			return List.copyOf(paths);
		}
		String folder = run.sitePath();
		for (String url : new String[] { item.text(Wxr.RSS, "link"), item.text(Wxr.RSS, "guid") }) {
			LegacyPath.ofUrl(url).ifPresent(paths::add);
			withoutFolder(url, folder).ifPresent(paths::add);
		}
		return List.copyOf(paths);
	}

	/**
	 * The address of a WordPress installed in a folder ({@code /blog/?p=12}) as it
	 * answers here ({@code /?p=12}).
	 */
	private static Optional<String> withoutFolder(String url, String folder) {
		if (url == null || folder.isEmpty()) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(url.strip());
			String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
			if (!path.toLowerCase(Locale.ROOT).startsWith(folder)) {
				return Optional.empty();
			}
			String rest = path.substring(folder.length());
			return LegacyPath.of(rest.isEmpty() ? "/" : rest, uri.getRawQuery());
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

}
