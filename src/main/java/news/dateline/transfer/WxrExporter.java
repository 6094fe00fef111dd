package news.dateline.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLStreamException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.system.SiteProperties;

/**
 * Writes everything Dateline holds as one WXR 1.2 document with Dateline's extension
 * namespace (docs/export-format.md): sections as categories, tags, authors, sources, then
 * every article with its comments. Reads the database a page at a time, each page in a
 * short read-only transaction, and writes as it reads, so the size of the archive does
 * not matter. Articles are written in id order, and comments in id order within their
 * article, so a reply always follows what it answers.
 */
@Service
public class WxrExporter {

	/**
	 * Articles read per query; their comments, bylines and tags are read with them, a
	 * query each.
	 */
	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.ROOT);

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final SiteProperties site;

	private final List<TransferExtension> extensions;

	private final Clock clock;

	WxrExporter(JdbcClient jdbc, PlatformTransactionManager transactionManager, SiteProperties site,
			List<TransferExtension> extensions, Clock clock) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.site = site;
		this.extensions = extensions;
		this.clock = clock;
	}

	/** What an export wrote. */
	public record Summary(long sections, long tags, long authors, long sources, long articles, long comments) {
	}

	/** Writes the whole export to the stream, which it leaves open. */
	public Summary export(OutputStream out) throws IOException {
		try {
			WxrWriter writer = new WxrWriter(out);
			writer.startDocument();
			channelHeader(writer);
			long sections = writeSections(writer);
			long tags = writePages(writer, "select id, slug, name from tag", this::tag, (rows) -> Map.of());
			long authors = writeAuthors(writer);
			long sources = writePages(writer, "select id, slug, name, kind, url, attribution_template from source",
					this::source, (rows) -> Map.of());
			for (TransferExtension extension : this.extensions) {
				extension.exportChannel(writer);
			}
			long[] articlesAndComments = writeArticles(writer);
			writer.endDocument();
			writer.flush();
			return new Summary(sections, tags, authors, sources, articlesAndComments[0], articlesAndComments[1]);
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not write the export", ex);
		}
	}

	private void channelHeader(WxrWriter out) throws XMLStreamException {
		out.always(Wxr.RSS, "title", this.site.name());
		out.always(Wxr.RSS, "link", this.site.baseUrl());
		out.always(Wxr.RSS, "description", "");
		out.always(Wxr.RSS, "pubDate", RFC_822.format(this.clock.instant().atOffset(ZoneOffset.UTC)));
		out.always(Wxr.RSS, "language", "en");
		out.always(Wxr.WP, "wxr_version", Wxr.VERSION);
		out.always(Wxr.WP, "base_site_url", this.site.baseUrl());
		out.always(Wxr.WP, "base_blog_url", this.site.baseUrl());
		out.element("format-version", "1");
		out.always(Wxr.RSS, "generator", "Dateline");
	}

	private long writeSections(WxrWriter out) throws XMLStreamException {
		List<Map<String, Object>> rows = this.readOnly.execute((status) -> this.jdbc
			.sql("select s.id, s.slug, s.name, s.description, s.position, p.slug as parent_slug from section s"
					+ " left join section p on p.id = s.parent_id order by s.position, s.name, s.id")
			.query()
			.listOfRows());
		for (Map<String, Object> row : rows) {
			out.start(Wxr.WP, "category");
			out.always(Wxr.WP, "term_id", row.get("id").toString());
			out.always(Wxr.WP, "category_nicename", (String) row.get("slug"));
			out.always(Wxr.WP, "category_parent",
					(row.get("parent_slug") != null) ? (String) row.get("parent_slug") : "");
			out.always(Wxr.WP, "cat_name", (String) row.get("name"));
			out.element(Wxr.WP, "category_description", (String) row.get("description"));
			out.element("position", row.get("position").toString());
			out.end();
		}
		return rows.size();
	}

	private void tag(WxrWriter out, Map<String, Object> row, Map<Long, Extra> extras) throws XMLStreamException {
		out.start(Wxr.WP, "tag");
		out.always(Wxr.WP, "term_id", row.get("id").toString());
		out.always(Wxr.WP, "tag_slug", (String) row.get("slug"));
		out.always(Wxr.WP, "tag_name", (String) row.get("name"));
		out.end();
	}

	private void source(WxrWriter out, Map<String, Object> row, Map<Long, Extra> extras) throws XMLStreamException {
		out.start("source");
		out.element("slug", (String) row.get("slug"));
		out.element("name", (String) row.get("name"));
		out.element("kind", (String) row.get("kind"));
		out.element("url", (String) row.get("url"));
		out.element("attribution", (String) row.get("attribution_template"));
		out.end();
	}

	private long writeAuthors(WxrWriter out) throws XMLStreamException {
		return writePages(out, "select id, slug, name, bio, photo_url from author", this::author, (ids) -> {
			Map<Long, Extra> extras = new HashMap<>();
			this.jdbc
				.sql("select author_id, beat from author_beat where author_id in (:ids) order by author_id, position")
				.param("ids", ids)
				.query((rs, n) -> extra(extras, rs.getLong(1)).beats.add(rs.getString(2)))
				.list();
			this.jdbc.sql(
					"select author_id, label, url from author_link where author_id in (:ids) order by author_id, position")
				.param("ids", ids)
				.query((rs, n) -> extra(extras, rs.getLong(1)).links
					.add(new String[] { rs.getString(2), rs.getString(3) }))
				.list();
			return extras;
		});
	}

	private void author(WxrWriter out, Map<String, Object> row, Map<Long, Extra> extras) throws XMLStreamException {
		Extra extra = extras.getOrDefault(((Number) row.get("id")).longValue(), new Extra());
		out.start(Wxr.WP, "author");
		out.always(Wxr.WP, "author_id", row.get("id").toString());
		out.always(Wxr.WP, "author_login", (String) row.get("slug"));
		out.always(Wxr.WP, "author_email", "");
		out.always(Wxr.WP, "author_display_name", (String) row.get("name"));
		out.always(Wxr.WP, "author_first_name", "");
		out.always(Wxr.WP, "author_last_name", "");
		out.element("bio", (String) row.get("bio"));
		out.element("photo-url", (String) row.get("photo_url"));
		for (String beat : extra.beats) {
			out.element("beat", beat);
		}
		for (String[] link : extra.links) {
			out.start("link");
			out.attribute("label", link[0]);
			out.text(link[1]);
			out.end();
		}
		out.end();
	}

	/**
	 * Rows of a table a page at a time, by id; what each page needs besides is loaded
	 * with it.
	 */
	private long writePages(WxrWriter out, String select, RowWriter writer,
			Function<List<Long>, Map<Long, Extra>> extrasOfPage) throws XMLStreamException {
		long written = 0;
		long after = 0;
		while (true) {
			long from = after;
			Page page = this.readOnly.execute((status) -> {
				List<Map<String, Object>> rows = this.jdbc.sql(select + " where id > ? order by id limit ?")
					.params(from, PAGE_SIZE)
					.query()
					.listOfRows();
				List<Long> ids = rows.stream().map((row) -> ((Number) row.get("id")).longValue()).toList();
				return new Page(rows, ids.isEmpty() ? Map.of() : extrasOfPage.apply(ids));
			});
			for (Map<String, Object> row : page.rows) {
				writer.write(out, row, page.extras);
				after = ((Number) row.get("id")).longValue();
				written++;
			}
			if (page.rows.size() < PAGE_SIZE) {
				return written;
			}
		}
	}

	private long[] writeArticles(WxrWriter out) throws XMLStreamException {
		long[] counts = new long[2];
		long after = 0;
		while (true) {
			long from = after;
			ArticlePage page = this.readOnly.execute((status) -> articlePage(from));
			for (Map<String, Object> row : page.rows) {
				long id = ((Number) row.get("id")).longValue();
				counts[1] += article(out, row, page.extras.getOrDefault(id, new Extra()), page.extensionWriters);
				after = id;
				counts[0]++;
			}
			out.flush();
			if (page.rows.size() < PAGE_SIZE) {
				return counts;
			}
		}
	}

	private ArticlePage articlePage(long after) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select a.*, s.slug as section_slug, s.name as section_name from article a"
					+ " left join section s on s.id = a.section_id where a.id > ? order by a.id limit ?")
			.params(after, PAGE_SIZE)
			.query()
			.listOfRows();
		List<Long> ids = rows.stream().map((row) -> ((Number) row.get("id")).longValue()).toList();
		Map<Long, Extra> extras = new HashMap<>();
		if (ids.isEmpty()) {
			return new ArticlePage(rows, extras, List.of());
		}
		collect(ids,
				"select b.article_id, au.slug from article_byline b join author au on au.id = b.author_id"
						+ " where b.article_id in (:ids) order by b.article_id, b.position",
				extras, (extra) -> extra.bylines);
		collect(ids,
				"select x.article_id, so.slug from article_source x join source so on so.id = x.source_id"
						+ " where x.article_id in (:ids) order by x.article_id, x.position",
				extras, (extra) -> extra.sources);
		collect(ids, "select article_id, slug from article_slug_history where article_id in (:ids) order by slug",
				extras, (extra) -> extra.oldSlugs);
		collect(ids, "select article_id, path from legacy_redirect where article_id in (:ids) order by path", extras,
				(extra) -> extra.legacyPaths);
		this.jdbc
			.sql("select t.article_id, tg.slug, tg.name from article_tag t join tag tg on tg.id = t.tag_id"
					+ " where t.article_id in (:ids) order by tg.name, tg.slug")
			.param("ids", ids)
			.query((rs, n) -> extra(extras, rs.getLong(1)).tags.add(new String[] { rs.getString(2), rs.getString(3) }))
			.list();
		this.jdbc.sql("select * from comment where article_id in (:ids) order by article_id, id")
			.param("ids", ids)
			.query()
			.listOfRows()
			.forEach(
					(comment) -> extra(extras, ((Number) comment.get("article_id")).longValue()).comments.add(comment));
		List<TransferExtension.ArticleWriter> writers = new ArrayList<>();
		for (TransferExtension extension : this.extensions) {
			writers.add(extension.exportArticles(ids));
		}
		return new ArticlePage(rows, extras, writers);
	}

	private void collect(List<Long> ids, String sql, Map<Long, Extra> extras, Function<Extra, List<String>> list) {
		RowMapper<Boolean> mapper = (rs, n) -> list.apply(extra(extras, rs.getLong(1))).add(rs.getString(2));
		this.jdbc.sql(sql).param("ids", ids).query(mapper).list();
	}

	private int article(WxrWriter out, Map<String, Object> row, Extra extra,
			List<TransferExtension.ArticleWriter> extensionWriters) throws XMLStreamException {
		long id = ((Number) row.get("id")).longValue();
		String slug = (String) row.get("slug");
		Instant createdAt = instant(row.get("created_at"));
		Instant updatedAt = instant(row.get("updated_at"));
		Instant publishedAt = instant(row.get("published_at"));
		Instant date = (publishedAt != null) ? publishedAt : createdAt;
		String status = (String) row.get("status");
		out.start(Wxr.RSS, "item");
		out.always(Wxr.RSS, "title", (String) row.get("headline"));
		out.always(Wxr.RSS, "link", this.site.absolute("/articles/" + slug));
		out.always(Wxr.RSS, "pubDate", RFC_822.format(date.atOffset(ZoneOffset.UTC)));
		out.always(Wxr.DC, "creator", extra.bylines.isEmpty() ? "" : extra.bylines.get(0));
		out.start(Wxr.RSS, "guid");
		out.attribute("isPermaLink", "false");
		out.text(this.site.absolute("/articles/" + slug));
		out.end();
		out.always(Wxr.RSS, "description", "");
		out.always(Wxr.CONTENT, "encoded", (String) row.get("body_html"));
		out.always(Wxr.EXCERPT, "encoded", (String) row.get("deck"));
		out.always(Wxr.WP, "post_id", Long.toString(id));
		out.always(Wxr.WP, "post_date", local(date));
		out.always(Wxr.WP, "post_date_gmt", gmt(date));
		out.always(Wxr.WP, "post_modified", local(updatedAt));
		out.always(Wxr.WP, "post_modified_gmt", gmt(updatedAt));
		out.always(Wxr.WP, "comment_status", Boolean.TRUE.equals(row.get("comments_open")) ? "open" : "closed");
		out.always(Wxr.WP, "ping_status", "closed");
		out.always(Wxr.WP, "post_name", slug);
		out.always(Wxr.WP, "status", wordPressStatus(status));
		out.always(Wxr.WP, "post_parent", "0");
		out.always(Wxr.WP, "menu_order", "0");
		out.always(Wxr.WP, "post_type", "post");
		out.always(Wxr.WP, "post_password", "");
		out.always(Wxr.WP, "is_sticky", "0");
		if (row.get("section_slug") != null) {
			category(out, "category", (String) row.get("section_slug"), (String) row.get("section_name"));
		}
		for (String[] tag : extra.tags) {
			category(out, "post_tag", tag[0], tag[1]);
		}
		out.element("status", status);
		out.element("created", createdAt.toString());
		out.element("updated", updatedAt.toString());
		out.element("published", (publishedAt != null) ? publishedAt.toString() : null);
		Instant releaseAt = instant(row.get("release_at"));
		out.element("release", (releaseAt != null) ? releaseAt.toString() : null);
		out.element("markdown", (String) row.get("body_markdown"));
		out.element("dateline-city", (String) row.get("dateline_city"));
		out.element("dateline-country", (String) row.get("dateline_country"));
		for (String byline : extra.bylines) {
			out.element("byline", byline);
		}
		for (String source : extra.sources) {
			out.element("source", source);
		}
		for (String oldSlug : extra.oldSlugs) {
			out.element("old-slug", oldSlug);
		}
		for (String path : extra.legacyPaths) {
			out.element("legacy-path", path);
		}
		for (TransferExtension.ArticleWriter writer : extensionWriters) {
			writer.write(id, out);
		}
		for (Map<String, Object> comment : extra.comments) {
			comment(out, comment);
		}
		out.end();
		return extra.comments.size();
	}

	private void comment(WxrWriter out, Map<String, Object> comment) throws XMLStreamException {
		Instant createdAt = instant(comment.get("created_at"));
		out.start(Wxr.WP, "comment");
		out.always(Wxr.WP, "comment_id", comment.get("id").toString());
		out.always(Wxr.WP, "comment_author", (String) comment.get("author_name"));
		out.always(Wxr.WP, "comment_author_email", (String) comment.get("author_email"));
		out.always(Wxr.WP, "comment_author_url", (String) comment.get("author_website"));
		out.always(Wxr.WP, "comment_author_IP", "");
		out.always(Wxr.WP, "comment_date", local(createdAt));
		out.always(Wxr.WP, "comment_date_gmt", gmt(createdAt));
		out.always(Wxr.WP, "comment_content", (String) comment.get("body"));
		out.always(Wxr.WP, "comment_approved", switch ((String) comment.get("status")) {
			case "APPROVED" -> "1";
			case "SPAM" -> "spam";
			case "TRASH" -> "trash";
			default -> "0";
		});
		out.always(Wxr.WP, "comment_type", "comment");
		out.always(Wxr.WP, "comment_parent",
				(comment.get("parent_id") != null) ? comment.get("parent_id").toString() : "0");
		out.always(Wxr.WP, "comment_user_id", "0");
		out.element("created", createdAt.toString());
		out.element("ip-hash", (String) comment.get("ip_hash"));
		out.element("held-reason", (String) comment.get("held_reason"));
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
		ZoneId zone = this.site.timeZone();
		return WP_DATE.format(instant.atZone(zone));
	}

	private static String gmt(Instant instant) {
		return WP_DATE.format(instant.atOffset(ZoneOffset.UTC));
	}

	static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		throw new IllegalStateException("Not a time: " + value.getClass());
	}

	private static Extra extra(Map<Long, Extra> extras, long id) {
		return extras.computeIfAbsent(id, (key) -> new Extra());
	}

	/** Writes one row of a page. */
	@FunctionalInterface
	private interface RowWriter {

		void write(WxrWriter out, Map<String, Object> row, Map<Long, Extra> extras) throws XMLStreamException;

	}

	/**
	 * What a row needs besides its own columns: an author's beats and links, an article's
	 * bylines, tags ...
	 */
	private static final class Extra {

		private final List<String> beats = new ArrayList<>();

		/** Label and URL. */
		private final List<String[]> links = new ArrayList<>();

		/** Slug and name. */
		private final List<String[]> tags = new ArrayList<>();

		private final List<String> bylines = new ArrayList<>();

		private final List<String> sources = new ArrayList<>();

		private final List<String> oldSlugs = new ArrayList<>();

		private final List<String> legacyPaths = new ArrayList<>();

		private final List<Map<String, Object>> comments = new ArrayList<>();

	}

	private record Page(List<Map<String, Object>> rows, Map<Long, Extra> extras) {
	}

	private record ArticlePage(List<Map<String, Object>> rows, Map<Long, Extra> extras,
			List<TransferExtension.ArticleWriter> extensionWriters) {
	}

}
