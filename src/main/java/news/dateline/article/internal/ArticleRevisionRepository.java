package news.dateline.article.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import news.dateline.article.RevisionSummary;

public interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

	@Query("select coalesce(max(r.revisionNumber), 0) from ArticleRevision r where r.articleId = :articleId")
	int lastNumber(Long articleId);

	@Query("select new news.dateline.article.RevisionSummary(r.revisionNumber, r.headline, r.savedByName, r.savedAt)"
			+ " from ArticleRevision r where r.articleId = :articleId order by r.revisionNumber desc")
	List<RevisionSummary> findSummaries(Long articleId);

	Optional<ArticleRevision> findByArticleIdAndRevisionNumber(Long articleId, int revisionNumber);

}
