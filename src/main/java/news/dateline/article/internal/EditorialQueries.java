package news.dateline.article.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ArticleSummary;
import news.dateline.article.EditorOptions;
import news.dateline.article.EditorialDashboard;
import news.dateline.media.MediaService;

/**
 * The read side of the admin: story summaries by status and owner, counts per status, and
 * the editor's select options. Summaries never read bodies; bylines come in one more
 * query per page. Queries are put together only from constant fragments.
 */
@Component
public class EditorialQueries {

	private static final String ROW = "select new news.dateline.article.internal.SummaryRow(a.id, a.slug, a.headline,"
			+ " a.status, s.name, a.updatedAt, a.publishedAt, a.releaseAt, a.createdBy)"
			+ " from Article a left join a.section s where 1 = 1";

	private static final String BY_STATUS = " and a.status = :status";

	private static final String QUEUED = " and a.status in (news.dateline.article.ArticleStatus.SCHEDULED,"
			+ " news.dateline.article.ArticleStatus.EMBARGOED)";

	private static final String BY_OWNER = " and a.createdBy = :owner";

	private static final String NEWEST_EDITS = " order by a.updatedAt desc, a.id desc";

	private final EntityManager entityManager;

	private final ArticleListQueries lists;

	private final MediaService media;

	EditorialQueries(EntityManager entityManager, ArticleListQueries lists, MediaService media) {
		this.media = media;
		this.entityManager = entityManager;
		this.lists = lists;
	}

	/** How many stories (of this owner, if not null) are in each status. */
	public Map<ArticleStatus, Long> counts(Long owner) {
		TypedQuery<Object[]> query = this.entityManager.createQuery("select a.status, count(a) from Article a"
				+ ((owner != null) ? " where a.createdBy = :owner" : "") + " group by a.status", Object[].class);
		if (owner != null) {
			query.setParameter("owner", owner);
		}
		Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
		for (Object[] row : query.getResultList()) {
			counts.put((ArticleStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	/** The dashboard's four blocks, with the bylines of all of them read in one query. */
	public EditorialDashboard dashboard(Long me, Long owner, int limit) {
		List<SummaryRow> drafts = rows(ROW + BY_STATUS + BY_OWNER + NEWEST_EDITS, ArticleStatus.DRAFT, me, limit);
		List<SummaryRow> review = rows(
				ROW + BY_STATUS + ((owner != null) ? BY_OWNER : "") + " order by a.updatedAt asc, a.id asc",
				ArticleStatus.IN_REVIEW, owner, limit);
		List<SummaryRow> upcoming = rows(
				ROW + QUEUED + ((owner != null) ? BY_OWNER : "") + " order by a.releaseAt asc, a.id asc", null, owner,
				limit);
		List<SummaryRow> published = rows(ROW + BY_STATUS + " order by a.publishedAt desc, a.id desc",
				ArticleStatus.PUBLISHED, null, limit);
		List<Long> ids = new ArrayList<>();
		List.of(drafts, review, upcoming, published).forEach((block) -> block.forEach((row) -> ids.add(row.id())));
		Map<Long, List<ArticleCard.Byline>> bylines = this.lists.bylines(ids);
		return new EditorialDashboard(attach(drafts, bylines), attach(review, bylines), attach(upcoming, bylines),
				attach(published, bylines));
	}

	/** The choices of the editor's selects. */
	public EditorOptions options() {
		return new EditorOptions(sectionOptions(), authorOptions(),
				options("select new news.dateline.article.EditorOptions$Option(s.slug, s.name) from Source s"
						+ " order by s.name"),
				this.media.choices()
					.stream()
					.map((choice) -> new EditorOptions.Option(choice.value(), choice.label()))
					.toList());
	}

	/**
	 * The choices of the article list's filters: sections and bylines only (no sources,
	 * no images).
	 */
	public EditorOptions filterOptions() {
		return new EditorOptions(sectionOptions(), authorOptions(), List.of());
	}

	private List<EditorOptions.Option> sectionOptions() {
		return options("select new news.dateline.article.EditorOptions$Option(s.slug, s.name) from Section s"
				+ " order by s.position, s.name");
	}

	private List<EditorOptions.Option> authorOptions() {
		return options(
				"select new news.dateline.article.EditorOptions$Option(a.slug, a.name) from Author a order by a.name");
	}

	private List<EditorOptions.Option> options(String jpql) {
		return this.entityManager.createQuery(jpql, EditorOptions.Option.class).getResultList();
	}

	private List<SummaryRow> rows(String jpql, ArticleStatus status, Long owner, int limit) {
		TypedQuery<SummaryRow> query = this.entityManager.createQuery(jpql, SummaryRow.class).setMaxResults(limit);
		if (jpql.contains(":status")) {
			query.setParameter("status", status);
		}
		if (jpql.contains(":owner")) {
			query.setParameter("owner", owner);
		}
		return query.getResultList();
	}

	private static List<ArticleSummary> attach(Collection<SummaryRow> rows,
			Map<Long, List<ArticleCard.Byline>> bylines) {
		return rows.stream()
			.map((row) -> new ArticleSummary(row.id(), row.slug(), row.headline(), row.status(), row.sectionName(),
					bylines.getOrDefault(row.id(), List.of()).stream().map(ArticleCard.Byline::name).toList(),
					row.updatedAt(), row.publishedAt(), row.releaseAt(), row.createdBy()))
			.toList();
	}

}
