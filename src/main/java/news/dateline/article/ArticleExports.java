package news.dateline.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stories as an export writes them, a page at a time in id order, each with its
 * credits, tags, former slugs and legacy paths; a query for the page and one for each of
 * those. Also the stories' revisions and corrections logs, a page of stories at a time.
 */
@Service
@Transactional(readOnly = true)
public class ArticleExports {

	private final JdbcClient jdbc;

	ArticleExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A story as exported: its stored text and times, {@code status} the name of its
	 * {@link ArticleStatus}; bylines and sources are slugs in credit order, tags are
	 * {@link ExportedTag}s by name.
	 */
	public record ExportedArticle(long id, String slug, String headline, String deck, String bodyMarkdown,
			String bodyHtml, String datelineCity, String datelineCountry, Long sectionId, String status,
			boolean commentsOpen, Instant createdAt, Instant updatedAt, Instant publishedAt, Instant releaseAt,
			List<String> bylines, List<String> sources, List<ExportedTag> tags, List<String> oldSlugs,
			List<String> legacyPaths, String language, String translationGroup) {
	}

	public record ExportedTag(String slug, String name) {
	}

	/** A saved revision as exported; {@code shownAt} null if readers never saw it. */
	public record ExportedRevision(long articleId, int number, Instant savedAt, Long savedBy, String savedByName,
			String headline, String deck, String bodyMarkdown, String datelineCity, String datelineCountry,
			Instant shownAt, boolean minorFix) {
	}

	/**
	 * A corrections-log entry as exported; {@code kind} the name of its
	 * {@link CorrectionKind}.
	 */
	public record ExportedCorrection(long articleId, String kind, Instant createdAt, Long createdBy,
			String createdByName, String note) {
	}

	/** The revisions of these stories, by story, in number order. */
	public Map<Long, List<ExportedRevision>> revisions(Collection<Long> articleIds) {
		Map<Long, List<ExportedRevision>> revisions = new LinkedHashMap<>();
		this.jdbc.sql("select * from article_revision where article_id in (:ids) order by article_id, revision_number")
			.param("ids", articleIds)
			.query((rs, n) -> revisions.computeIfAbsent(rs.getLong("article_id"), (id) -> new ArrayList<>())
				.add(new ExportedRevision(rs.getLong("article_id"), rs.getInt("revision_number"),
						instant(rs, "saved_at"), rs.getObject("saved_by", Long.class), rs.getString("saved_by_name"),
						rs.getString("headline"), rs.getString("deck"), rs.getString("body_markdown"),
						rs.getString("dateline_city"), rs.getString("dateline_country"), instant(rs, "shown_at"),
						rs.getBoolean("minor_fix"))))
			.list();
		return revisions;
	}

	/** The corrections logs of these stories, by story, oldest first. */
	public Map<Long, List<ExportedCorrection>> corrections(Collection<Long> articleIds) {
		Map<Long, List<ExportedCorrection>> corrections = new LinkedHashMap<>();
		this.jdbc.sql("select * from article_correction where article_id in (:ids) order by article_id, created_at, id")
			.param("ids", articleIds)
			.query((rs, n) -> corrections.computeIfAbsent(rs.getLong("article_id"), (id) -> new ArrayList<>())
				.add(new ExportedCorrection(rs.getLong("article_id"), rs.getString("kind"), instant(rs, "created_at"),
						rs.getObject("created_by", Long.class), rs.getString("created_by_name"), rs.getString("note"))))
			.list();
		return corrections;
	}

	/** Up to {@code size} stories with ids above {@code after}. */
	public List<ExportedArticle> page(long after, int size) {
		Map<Long, ExportedArticle> page = new LinkedHashMap<>();
		// a story's translation group is named by the slug of its first story (the lowest
		// id), which an export holds before the others
		this.jdbc
			.sql("select a.*, (select f.slug from article f where f.id = (select min(m.id) from article m"
					+ " where m.translation_group = a.translation_group)) as translation_anchor"
					+ " from article a where a.id > ? order by a.id limit ?")
			.params(after, size)
			.query((rs, n) -> page.put(rs.getLong("id"), article(rs)))
			.list();
		if (page.isEmpty()) {
			return List.of();
		}
		collect(page, "select b.article_id, au.slug from article_byline b join author au on au.id = b.author_id"
				+ " where b.article_id in (:ids) order by b.article_id, b.position", ExportedArticle::bylines);
		collect(page, "select x.article_id, so.slug from article_source x join source so on so.id = x.source_id"
				+ " where x.article_id in (:ids) order by x.article_id, x.position", ExportedArticle::sources);
		collect(page, "select article_id, slug from article_slug_history where article_id in (:ids) order by slug",
				ExportedArticle::oldSlugs);
		collect(page, "select article_id, path from legacy_redirect where article_id in (:ids) order by path",
				ExportedArticle::legacyPaths);
		this.jdbc
			.sql("select t.article_id, tg.slug, tg.name from article_tag t join tag tg on tg.id = t.tag_id"
					+ " where t.article_id in (:ids) order by tg.name, tg.slug")
			.param("ids", page.keySet())
			.query((rs, n) -> page.get(rs.getLong(1)).tags().add(new ExportedTag(rs.getString(2), rs.getString(3))))
			.list();
		return new ArrayList<>(page.values());
	}

	private void collect(Map<Long, ExportedArticle> page, String sql, Function<ExportedArticle, List<String>> list) {
		this.jdbc.sql(sql)
			.param("ids", page.keySet())
			.query((rs, n) -> list.apply(page.get(rs.getLong(1))).add(rs.getString(2)))
			.list();
	}

	private static ExportedArticle article(ResultSet rs) throws SQLException {
		return new ExportedArticle(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
				rs.getString("deck"), rs.getString("body_markdown"), rs.getString("body_html"),
				rs.getString("dateline_city"), rs.getString("dateline_country"), rs.getObject("section_id", Long.class),
				rs.getString("status"), rs.getBoolean("comments_open"), instant(rs, "created_at"),
				instant(rs, "updated_at"), instant(rs, "published_at"), instant(rs, "release_at"), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), rs.getString("language"),
				rs.getString("translation_anchor"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
