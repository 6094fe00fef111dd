package news.dateline.article.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import news.dateline.article.ArticleCard;
import news.dateline.article.CardImage;
import news.dateline.article.PageLink;
import news.dateline.article.StoryList;
import news.dateline.media.LibraryImage;
import news.dateline.media.MediaService;

/**
 * The read side of story lists: projections of live stories, newest first, paged by
 * cursor, with their bylines read in one more query. Queries are put together only from
 * the constant fragments of {@link StoryList.Kind}.
 */
@Component
public class ArticleListQueries {

	private static final String ROW = "select new news.dateline.article.internal.ArticleRow(a.id, a.slug, a.headline, a.deck,"
			+ " a.publishedAt, s.slug, s.name, a.commentCount, a.image.mediaId, a.image.alt) from Article a"
			+ " left join a.section s";

	private static final String LIVE = " where a.status = news.dateline.article.ArticleStatus.PUBLISHED"
			+ " and a.publishedAt <= :now";

	// the leading "publishedAt <= :at" gives the database a range to scan on the (status,
	// published_at) indexes
	private static final String OLDER = " and a.publishedAt <= :at and (a.publishedAt < :at or a.id < :id)";

	private static final String NEWER = " and a.publishedAt >= :at and (a.publishedAt > :at or a.id > :id)";

	/** How many of each tag's newest stories "related stories" considers. */
	static final int RECENT_PER_TAG = 100;

	/** How many of a story's tags "related stories" looks at. */
	static final int MOST_TAGS = 10;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final MediaService media;

	ArticleListQueries(EntityManager entityManager, JdbcClient jdbc, MediaService media) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.media = media;
	}

	/** Up to {@code limit} stories older than the cursor (or the newest, without one). */
	public List<ArticleRow> older(StoryList list, Instant now, Cursor before, int limit) {
		Cursor from = (before != null) ? before : new Cursor(now.plusSeconds(1), Long.MAX_VALUE);
		return rows(list, now, OLDER + list.orderBy(true), from, limit);
	}

	/** Up to {@code limit} stories newer than the cursor, newest first. */
	public List<ArticleRow> newer(StoryList list, Instant now, Cursor after, int limit) {
		List<ArticleRow> rows = new ArrayList<>(rows(list, now, NEWER + list.orderBy(false), after, limit));
		Collections.reverse(rows);
		return rows;
	}

	private List<ArticleRow> rows(StoryList list, Instant now, String direction, Cursor cursor, int limit) {
		String jpql = ROW + list.kind().join + LIVE + list.kind().condition + list.languageCondition() + direction;
		TypedQuery<ArticleRow> query = this.entityManager.createQuery(jpql, ArticleRow.class)
			.setParameter("now", now)
			.setParameter("at", cursor.at())
			.setParameter("id", cursor.id())
			.setMaxResults(limit);
		if (list.id() != null) {
			query.setParameter("filterId", list.id());
		}
		if (list.language() != null) {
			query.setParameter("language", list.language());
		}
		return query.getResultList();
	}

	/** Rows of the live stories among these ids, in the order given. */
	public List<ArticleRow> liveByIds(Collection<Long> ids, Instant now) {
		return liveByIds(ids, now, null);
	}

	/**
	 * Rows of the live stories in this language (every language if null) among these ids,
	 * in the order given.
	 */
	public List<ArticleRow> liveByIds(Collection<Long> ids, Instant now, String language) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ArticleRow> byId = new LinkedHashMap<>();
		TypedQuery<ArticleRow> query = this.entityManager
			.createQuery(ROW + LIVE + " and a.id in :ids" + ((language != null) ? " and a.language = :language" : ""),
					ArticleRow.class)
			.setParameter("now", now)
			.setParameter("ids", ids);
		if (language != null) {
			query.setParameter("language", language);
		}
		query.getResultList().forEach((row) -> byId.put(row.id(), row));
		return ids.stream().map(byId::get).filter((row) -> row != null).toList();
	}

	/** Every byline of these stories, in byline order, read in one query. */
	public Map<Long, List<ArticleCard.Byline>> bylines(Collection<Long> ids) {
		Map<Long, List<ArticleCard.Byline>> bylines = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return bylines;
		}
		this.entityManager
			.createQuery("select new news.dateline.article.internal.BylineRow(a.id, b.slug, b.name) from Article a"
					+ " join a.bylines b where a.id in :ids order by a.id, index(b)", BylineRow.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((row) -> bylines.computeIfAbsent(row.articleId(), (key) -> new ArrayList<>())
				.add(new ArticleCard.Byline(row.slug(), row.name())));
		return bylines;
	}

	/**
	 * Cards for the rows, with every byline read in a single query and every library
	 * image in one more.
	 */
	public List<ArticleCard> cards(List<ArticleRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ArticleCard.Byline>> bylines = bylines(rows.stream().map(ArticleRow::id).toList());
		Map<Long, CardImage> images = images(rows);
		return rows.stream()
			.map((row) -> new ArticleCard(row.id(), row.slug(), row.headline(), row.deck(), row.publishedAt(),
					row.sectionSlug(), row.sectionName(), List.copyOf(bylines.getOrDefault(row.id(), List.of())),
					row.commentCount(), images.get(row.id())))
			.toList();
	}

	/**
	 * The card images of the rows featuring a library image, by story id, read in one
	 * query.
	 */
	public Map<Long, CardImage> images(List<ArticleRow> rows) {
		Map<Long, LibraryImage> library = this.media.libraryImages(
				rows.stream().map(ArticleRow::imageMediaId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, CardImage> images = new HashMap<>();
		for (ArticleRow row : rows) {
			LibraryImage image = (row.imageMediaId() != null) ? library.get(row.imageMediaId()) : null;
			if (image != null) {
				images.put(row.id(), CardImage.of(image, row.imageAlt()));
			}
		}
		return images;
	}

	/**
	 * Rows of the live stories in its language sharing the most tags with this one,
	 * newest (highest id) first among equals, read in two statements. The
	 * {@code candidates} best stories are chosen first, live or not, and only the live
	 * ones among them are returned. Only the newest {@link #RECENT_PER_TAG} stories of
	 * each tag (of the first {@link #MOST_TAGS}) are candidates, read newest first from
	 * {@code ix_article_tag_recent}, so the cost stays the same however many stories
	 * share a popular tag.
	 */
	public List<ArticleRow> relatedByTags(Long articleId, String language, List<Long> tagIds, Instant now,
			int candidates) {
		if (tagIds.isEmpty()) {
			return List.of();
		}
		List<Long> tags = tagIds.subList(0, Math.min(tagIds.size(), MOST_TAGS));
		StringBuilder sql = new StringBuilder("select c.article_id from (");
		for (int i = 0; i < tags.size(); i++) {
			sql.append((i > 0) ? " union all " : "")
				.append("(select article_id from article_tag where tag_id = :tag")
				.append(i)
				.append(" order by tag_id, article_id desc limit ")
				.append(RECENT_PER_TAG)
				.append(')');
		}
		sql.append(") c where c.article_id <> :articleId group by c.article_id")
			.append(" order by count(*) desc, c.article_id desc limit ")
			.append(candidates);
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("articleId", articleId);
		for (int i = 0; i < tags.size(); i++) {
			parameters.put("tag" + i, tags.get(i));
		}
		List<Long> ids = this.jdbc.sql(sql.toString()).params(parameters).query(Long.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		// A second statement on purpose: joined in one, H2 drove the join from every live
		// story instead
		// of from these few candidates, which cost a scan of the archive on every
		// uncached story page.
		Map<Long, ArticleRow> live = new HashMap<>();
		this.jdbc
			.sql("select a.id, a.slug, a.headline, a.deck, a.published_at, s.slug as section_slug,"
					+ " s.name as section_name, a.comment_count, a.image_media_id, a.image_alt"
					+ " from article a left join section s on s.id = a.section_id"
					+ " where a.id in (:ids) and a.status = 'PUBLISHED' and a.published_at <= :now"
					+ " and a.language = :language")
			.param("ids", ids)
			.param("language", language)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query((rs, row) -> new ArticleRow(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
					rs.getString("deck"), rs.getObject("published_at", OffsetDateTime.class).toInstant(),
					rs.getString("section_slug"), rs.getString("section_name"), rs.getInt("comment_count"),
					rs.getObject("image_media_id", Long.class), rs.getString("image_alt")))
			.list()
			.forEach((row) -> live.put(row.id(), row));
		return ids.stream().map(live::get).filter(Objects::nonNull).toList();
	}

	/** Which of these ids are live stories now. */
	public List<Long> liveIds(Collection<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.entityManager.createQuery("select a.id from Article a" + LIVE + " and a.id in :ids", Long.class)
			.setParameter("now", now)
			.setParameter("ids", ids)
			.getResultList();
	}

	/**
	 * Published stories (live now or scheduled) with an id above the given one, by id
	 * (the constant status leads the order so that H2 reads them in the order of
	 * {@code ix_article_status_id}).
	 */
	public List<Article> published(long afterId, int limit) {
		return this.entityManager
			.createQuery(
					"select a from Article a left join fetch a.section where a.status = "
							+ "news.dateline.article.ArticleStatus.PUBLISHED and a.id > :after order by a.status, a.id",
					Article.class)
			.setParameter("after", afterId)
			.setMaxResults(limit)
			.getResultList();
	}

	/**
	 * Ids of the published stories (live or scheduled) that show the name of the section,
	 * author, tag or source ({@code kind}) with this slug: what a rename re-indexes.
	 */
	public List<Long> publishedIdsNaming(StoryList.Kind kind, String slug) {
		String join = switch (kind) {
			case SECTION -> " join a.section f";
			case AUTHOR -> " join a.bylines f";
			case TAG -> " join a.tags f";
			case SOURCE -> " join a.sources f";
			case ALL -> null;
		};
		if (join == null) {
			return List.of();
		}
		return this.entityManager
			.createQuery(
					"select a.id from Article a" + join + " where a.status = "
							+ "news.dateline.article.ArticleStatus.PUBLISHED and f.slug = :slug order by a.id",
					Long.class)
			.setParameter("slug", slug)
			.getResultList();
	}

	public long countPublished() {
		return this.entityManager
			.createQuery(
					"select count(a) from Article a where a.status = news.dateline.article.ArticleStatus.PUBLISHED",
					Long.class)
			.getSingleResult();
	}

	/**
	 * The pages of one kind of list (section, author, tag, source) that have live
	 * stories, with the latest change among them; none for the list of all stories.
	 */
	public List<PageLink> listingLinks(StoryList.Kind kind, Instant now) {
		return listingLinks(kind, now, null);
	}

	/**
	 * {@link #listingLinks(StoryList.Kind, Instant)} of the stories in one language (all
	 * when null), each at its default edition's slug.
	 */
	public List<PageLink> listingLinks(StoryList.Kind kind, Instant now, String language) {
		String prefix;
		String join;
		switch (kind) {
			case SECTION -> {
				prefix = "/sections/";
				join = " join a.section f";
			}
			case AUTHOR -> {
				prefix = "/authors/";
				join = " join a.bylines f";
			}
			case TAG -> {
				prefix = "/tags/";
				join = " join a.tags f";
			}
			case SOURCE -> {
				prefix = "/sources/";
				join = " join a.sources f";
			}
			default -> {
				return List.of();
			}
		}
		String inLanguage = (language != null) ? " and a.language = :language" : "";
		TypedQuery<PageLink> query = this.entityManager
			.createQuery(
					"select new news.dateline.article.PageLink(concat('" + prefix + "', f.slug), max(a.updatedAt))"
							+ " from Article a" + join + LIVE + inLanguage + " group by f.slug order by f.slug",
					PageLink.class)
			.setParameter("now", now);
		return ((language != null) ? query.setParameter("language", language) : query).getResultList();
	}

	/**
	 * Whether a published story's time came within (from, to]: it went live without a
	 * write.
	 */
	public boolean wentLiveBetween(Instant from, Instant to) {
		return !this.entityManager
			.createQuery("select a.id from Article a where a.status = news.dateline.article.ArticleStatus.PUBLISHED"
					+ " and a.publishedAt > :from and a.publishedAt <= :to", Long.class)
			.setParameter("from", from)
			.setParameter("to", to)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

}
