package news.dateline.article.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import news.dateline.article.RevisionSummary;

public interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

	/** {@link ArticleRevision#datelineLine()} of the previous revision, in JPQL. */
	String DATELINE_P = "(case when p.datelineCity is null then coalesce(p.datelineCountry, '')"
			+ " when p.datelineCountry is null then p.datelineCity"
			+ " else concat(p.datelineCity, ', ', p.datelineCountry) end)";

	/** {@link ArticleRevision#datelineLine()} of the revision, in JPQL. */
	String DATELINE_R = "(case when r.datelineCity is null then coalesce(r.datelineCountry, '')"
			+ " when r.datelineCountry is null then r.datelineCity"
			+ " else concat(r.datelineCity, ', ', r.datelineCountry) end)";

	@Query("select coalesce(max(r.revisionNumber), 0) from ArticleRevision r where r.articleId = :articleId")
	int lastNumber(Long articleId);

	@Query("select new news.dateline.article.RevisionSummary(r.revisionNumber, r.headline, r.savedByName, r.savedAt)"
			+ " from ArticleRevision r where r.articleId = :articleId order by r.revisionNumber desc")
	List<RevisionSummary> findSummaries(Long articleId);

	/** The revisions readers saw, oldest first. */
	List<ArticleRevision> findByArticleIdAndShownAtNotNullOrderByRevisionNumber(Long articleId);

	/**
	 * The revisions readers saw, oldest first, without their text; each says whether its
	 * text matches the shown revision before it (compared by the database).
	 */
	@Query("select new news.dateline.article.internal.ShownRevision(r.revisionNumber, r.shownAt, r.minorFix,"
			+ " case when exists (select p.id from ArticleRevision p where p.articleId = r.articleId"
			+ " and p.revisionNumber = (select max(q.revisionNumber) from ArticleRevision q"
			+ " where q.articleId = r.articleId and q.shownAt is not null and q.revisionNumber < r.revisionNumber)"
			+ " and (p.headline = r.headline or (p.headline is null and r.headline is null))"
			+ " and (p.deck = r.deck or (p.deck is null and r.deck is null))" + " and " + DATELINE_P + " = "
			+ DATELINE_R + " and p.bodyMarkdown = r.bodyMarkdown)" + " then true else false end)"
			+ " from ArticleRevision r where r.articleId = :articleId and r.shownAt is not null"
			+ " order by r.revisionNumber")
	List<ShownRevision> findShown(Long articleId);

	/** The newest revision of a story. */
	Optional<ArticleRevision> findFirstByArticleIdOrderByRevisionNumberDesc(Long articleId);

	/** Whether readers saw any revision of the story. */
	boolean existsByArticleIdAndShownAtNotNull(Long articleId);

	/** The revisions saved before {@code number} (from 1), newest first. */
	@Query("select r from ArticleRevision r where r.articleId = :articleId and r.revisionNumber > 0"
			+ " and r.revisionNumber < :number order by r.revisionNumber desc")
	List<ArticleRevision> findPrevious(Long articleId, int number, Pageable page);

	Optional<ArticleRevision> findByArticleIdAndRevisionNumber(Long articleId, int revisionNumber);

}
