package news.dateline.article.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleSearch;
import news.dateline.article.ArticleSort;
import news.dateline.article.ArticleSummary;
import news.dateline.system.Like;

/**
 * The admin article list's query: filters by headline words, status, section, byline,
 * owner and edit dates, in one of three orders, paged by keyset. The keyset position is a
 * story id; its sort value is read by a subquery on the primary key, so the URL carries
 * no timestamps or headlines. Put together only from constant fragments.
 */
@Component
public class ArticleSearchQueries {

	private static final String ROW = "select new news.dateline.article.internal.SummaryRow(a.id, a.slug, a.headline,"
			+ " a.status, s.name, a.updatedAt, a.publishedAt, a.releaseAt, a.createdBy)"
			+ " from Article a left join a.section s where 1 = 1";

	private final EntityManager entityManager;

	private final ArticleListQueries lists;

	ArticleSearchQueries(EntityManager entityManager, ArticleListQueries lists) {
		this.entityManager = entityManager;
		this.lists = lists;
	}

	/**
	 * Up to {@code limit} stories of the search in display order, from its keyset
	 * position; {@code owner} (if not null) keeps to that staff member's stories.
	 */
	public List<ArticleSummary> find(ArticleSearch search, Long owner, ZoneId zone, int limit) {
		boolean backwards = search.before() != null;
		Long edge = backwards ? search.before() : search.after();
		StringBuilder jpql = new StringBuilder(ROW);
		Map<String, Object> parameters = new java.util.HashMap<>();
		filter(search, owner, zone, jpql, parameters);
		if (edge != null) {
			jpql.append(keyset(search.sort(), backwards));
			parameters.put("edge", edge);
		}
		jpql.append(order(search.sort(), backwards));
		TypedQuery<SummaryRow> query = this.entityManager.createQuery(jpql.toString(), SummaryRow.class)
			.setMaxResults(limit);
		parameters.forEach(query::setParameter);
		List<SummaryRow> rows = new ArrayList<>(query.getResultList());
		if (backwards) {
			Collections.reverse(rows);
		}
		Map<Long, List<ArticleCard.Byline>> bylines = this.lists.bylines(rows.stream().map(SummaryRow::id).toList());
		return rows.stream()
			.map((row) -> new ArticleSummary(row.id(), row.slug(), row.headline(), row.status(), row.sectionName(),
					bylines.getOrDefault(row.id(), List.of()).stream().map(ArticleCard.Byline::name).toList(),
					row.updatedAt(), row.publishedAt(), row.releaseAt(), row.createdBy()))
			.toList();
	}

	private static void filter(ArticleSearch search, Long owner, ZoneId zone, StringBuilder jpql,
			Map<String, Object> parameters) {
		if (search.q() != null) {
			jpql.append(" and lower(a.headline) like :q escape '\\'");
			parameters.put("q", "%" + Like.escape(search.q().toLowerCase(Locale.ROOT)) + "%");
		}
		if (search.status() != null) {
			jpql.append(" and a.status = :status");
			parameters.put("status", search.status());
		}
		if (search.section() != null) {
			jpql.append(" and s.slug = :section");
			parameters.put("section", search.section());
		}
		if (search.author() != null) {
			jpql.append(" and exists (select b.id from Article b join b.bylines w where b.id = a.id"
					+ " and w.slug = :author)");
			parameters.put("author", search.author());
		}
		if (owner != null) {
			jpql.append(" and a.createdBy = :owner");
			parameters.put("owner", owner);
		}
		if (search.from() != null) {
			jpql.append(" and a.updatedAt >= :from");
			parameters.put("from", search.from().atStartOfDay(zone).toInstant());
		}
		if (search.to() != null) {
			jpql.append(" and a.updatedAt < :to");
			parameters.put("to", search.to().plusDays(1).atStartOfDay(zone).toInstant());
		}
	}

	private static String keyset(ArticleSort sort, boolean backwards) {
		return switch (sort) {
			case NEWEST ->
				backwards ? after("a.updatedAt", ">", "b.updatedAt") : after("a.updatedAt", "<", "b.updatedAt");
			case OLDEST ->
				backwards ? after("a.updatedAt", "<", "b.updatedAt") : after("a.updatedAt", ">", "b.updatedAt");
			case HEADLINE ->
				backwards ? after("a.headline", "<", "b.headline") : after("a.headline", ">", "b.headline");
		};
	}

	/**
	 * Rows past the edge story in the order {@code op}, ties broken by id the same way.
	 */
	private static String after(String column, String op, String edgeColumn) {
		String edge = "(select " + edgeColumn + " from Article b where b.id = :edge)";
		return " and (" + column + " " + op + " " + edge + " or (" + column + " = " + edge + " and a.id " + op
				+ " :edge))";
	}

	private static String order(ArticleSort sort, boolean backwards) {
		boolean ascending = (sort != ArticleSort.NEWEST) != backwards;
		String direction = ascending ? " asc" : " desc";
		String column = (sort == ArticleSort.HEADLINE) ? "a.headline" : "a.updatedAt";
		return " order by " + column + direction + ", a.id" + direction;
	}

}
