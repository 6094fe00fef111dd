package news.dateline.transfer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleExports;
import news.dateline.article.ArticleExports.ExportedArticle;
import news.dateline.article.ArticleExports.ExportedTag;
import news.dateline.comment.CommentExports;
import news.dateline.comment.CommentExports.ExportedComment;
import news.dateline.section.SectionExports.ExportedSection;
import news.dateline.system.SiteProperties;

/**
 * The export's items: every story in id order as a WordPress post with Dateline's own
 * fields, the extensions' elements, then its comments in id order, so that a reply always
 * follows what it answers. A page of stories, their comments and the extensions' data are
 * read in one read-only transaction; the page is written before the next is read.
 */
final class ArticleItems {

	static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private final SiteProperties site;

	private final TransactionTemplate readOnly;

	private final ArticleExports articles;

	private final CommentExports comments;

	private final List<TransferExtension> extensions;

	private final Map<Long, ExportedSection> sections;

	ArticleItems(SiteProperties site, TransactionTemplate readOnly, ArticleExports articles, CommentExports comments,
			List<TransferExtension> extensions, Map<Long, ExportedSection> sections) {
		this.site = site;
		this.readOnly = readOnly;
		this.articles = articles;
		this.comments = comments;
		this.extensions = extensions;
		this.sections = sections;
	}

	/**
	 * Writes every story, {@code size} at a time; answers how many stories and comments.
	 */
	long[] write(WxrWriter out, int size) throws XMLStreamException {
		long[] counts = new long[2];
		long after = 0;
		while (true) {
			long from = after;
			Page page = this.readOnly.execute((status) -> page(from, size));
			for (ExportedArticle article : page.articles()) {
				List<ExportedComment> thread = page.comments().getOrDefault(article.id(), List.of());
				item(out, article, thread, page.extensionWriters());
				after = article.id();
				counts[0]++;
				counts[1] += thread.size();
			}
			out.flush();
			if (page.articles().size() < size) {
				return counts;
			}
		}
	}

	private Page page(long after, int size) {
		List<ExportedArticle> page = this.articles.page(after, size);
		if (page.isEmpty()) {
			return new Page(page, Map.of(), List.of());
		}
		List<Long> ids = page.stream().map(ExportedArticle::id).toList();
		List<TransferExtension.ArticleWriter> writers = new ArrayList<>();
		for (TransferExtension extension : this.extensions) {
			writers.add(extension.exportArticles(ids));
		}
		return new Page(page, this.comments.ofArticles(ids), writers);
	}

	private void item(WxrWriter out, ExportedArticle article, List<ExportedComment> thread,
			List<TransferExtension.ArticleWriter> extensionWriters) throws XMLStreamException {
		out.start(Wxr.RSS, "item");
		post(out, article);
		terms(out, article);
		datelineFields(out, article);
		for (TransferExtension.ArticleWriter writer : extensionWriters) {
			writer.write(article.id(), out);
		}
		for (ExportedComment comment : thread) {
			comment(out, comment);
		}
		out.end();
	}

	/** The fields WordPress itself reads. */
	private void post(WxrWriter out, ExportedArticle article) throws XMLStreamException {
		Instant date = (article.publishedAt() != null) ? article.publishedAt() : article.createdAt();
		String link = this.site.absolute("/articles/" + article.slug());
		out.always(Wxr.RSS, "title", article.headline());
		out.always(Wxr.RSS, "link", link);
		out.always(Wxr.RSS, "pubDate", RFC_822.format(date.atOffset(ZoneOffset.UTC)));
		out.always(Wxr.DC, "creator", article.bylines().isEmpty() ? "" : article.bylines().get(0));
		out.start(Wxr.RSS, "guid");
		out.attribute("isPermaLink", "false");
		out.text(link);
		out.end();
		out.always(Wxr.RSS, "description", "");
		out.always(Wxr.CONTENT, "encoded", article.bodyHtml());
		out.always(Wxr.EXCERPT, "encoded", article.deck());
		out.always(Wxr.WP, "post_id", Long.toString(article.id()));
		out.always(Wxr.WP, "post_date", local(date));
		out.always(Wxr.WP, "post_date_gmt", gmt(date));
		out.always(Wxr.WP, "post_modified", local(article.updatedAt()));
		out.always(Wxr.WP, "post_modified_gmt", gmt(article.updatedAt()));
		out.always(Wxr.WP, "comment_status", article.commentsOpen() ? "open" : "closed");
		out.always(Wxr.WP, "ping_status", "closed");
		out.always(Wxr.WP, "post_name", article.slug());
		out.always(Wxr.WP, "status", wordPressStatus(article.status()));
		out.always(Wxr.WP, "post_parent", "0");
		out.always(Wxr.WP, "menu_order", "0");
		out.always(Wxr.WP, "post_type", "post");
		out.always(Wxr.WP, "post_password", "");
		out.always(Wxr.WP, "is_sticky", "0");
	}

	private void terms(WxrWriter out, ExportedArticle article) throws XMLStreamException {
		ExportedSection section = (article.sectionId() != null) ? this.sections.get(article.sectionId()) : null;
		if (section != null) {
			category(out, "category", section.slug(), section.name());
		}
		for (ExportedTag tag : article.tags()) {
			category(out, "post_tag", tag.slug(), tag.name());
		}
	}

	/** What only Dateline reads back: its own status, times, Markdown and credits. */
	private static void datelineFields(WxrWriter out, ExportedArticle article) throws XMLStreamException {
		out.element("status", article.status());
		out.element("created", article.createdAt().toString());
		out.element("updated", article.updatedAt().toString());
		out.element("published", (article.publishedAt() != null) ? article.publishedAt().toString() : null);
		out.element("release", (article.releaseAt() != null) ? article.releaseAt().toString() : null);
		out.element("markdown", article.bodyMarkdown());
		out.element("dateline-city", article.datelineCity());
		out.element("dateline-country", article.datelineCountry());
		for (String byline : article.bylines()) {
			out.element("byline", byline);
		}
		for (String source : article.sources()) {
			out.element("source", source);
		}
		for (String oldSlug : article.oldSlugs()) {
			out.element("old-slug", oldSlug);
		}
		for (String path : article.legacyPaths()) {
			out.element("legacy-path", path);
		}
		out.element("language", article.language());
		out.element("translation-group", article.translationGroup());
	}

	private void comment(WxrWriter out, ExportedComment comment) throws XMLStreamException {
		Instant createdAt = comment.createdAt();
		out.start(Wxr.WP, "comment");
		out.always(Wxr.WP, "comment_id", Long.toString(comment.id()));
		out.always(Wxr.WP, "comment_author", comment.authorName());
		out.always(Wxr.WP, "comment_author_email", comment.authorEmail());
		out.always(Wxr.WP, "comment_author_url", comment.authorWebsite());
		out.always(Wxr.WP, "comment_author_IP", "");
		out.always(Wxr.WP, "comment_date", local(createdAt));
		out.always(Wxr.WP, "comment_date_gmt", gmt(createdAt));
		out.always(Wxr.WP, "comment_content", comment.body());
		out.always(Wxr.WP, "comment_approved", switch (comment.status()) {
			case "APPROVED" -> "1";
			case "SPAM" -> "spam";
			case "TRASH" -> "trash";
			default -> "0";
		});
		out.always(Wxr.WP, "comment_type", "comment");
		out.always(Wxr.WP, "comment_parent", (comment.parentId() != null) ? comment.parentId().toString() : "0");
		out.always(Wxr.WP, "comment_user_id", "0");
		out.element("created", createdAt.toString());
		out.element("ip-hash", comment.ipHash());
		out.element("held-reason", comment.heldReason());
		out.end();
	}

	private static void category(WxrWriter out, String domain, String slug, String name) throws XMLStreamException {
		out.start(Wxr.RSS, "category");
		out.attribute("domain", domain);
		out.attribute("nicename", slug);
		out.text(name);
		out.end();
	}

	/** WordPress's nearest status; Dateline's own is kept in dateline:status. */
	private static String wordPressStatus(String status) {
		return switch (status) {
			case "PUBLISHED" -> "publish";
			case "SCHEDULED", "EMBARGOED" -> "future";
			case "IN_REVIEW" -> "pending";
			default -> "draft";
		};
	}

	private String local(Instant instant) {
		return WP_DATE.format(instant.atZone(this.site.timeZone()));
	}

	private static String gmt(Instant instant) {
		return WP_DATE.format(instant.atOffset(ZoneOffset.UTC));
	}

	private record Page(List<ExportedArticle> articles, Map<Long, List<ExportedComment>> comments,
			List<TransferExtension.ArticleWriter> extensionWriters) {
	}

}
