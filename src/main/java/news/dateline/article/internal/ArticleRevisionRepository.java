package news.dateline.article.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import news.dateline.article.RevisionSummary;

public interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

	@Query("select coalesce(max(r.revisionNumber), 0) from ArticleRevision r where r.articleId = :articleId")
	int lastNumber(Long articleId);

	@Query("select new news.dateline.article.RevisionSummary(r.revisionNumber, r.headline, r.savedByName, r.savedAt)"
			+ " from ArticleRevision r where r.articleId = :articleId order by r.revisionNumber desc")
	List<RevisionSummary> findSummaries(Long articleId);

	/** The revisions readers saw, oldest first. */
	List<ArticleRevision> findByArticleIdAndShownAtNotNullOrderByRevisionNumber(Long articleId);

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
