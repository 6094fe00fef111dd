package news.dateline.article.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import news.dateline.article.CorrectionEntry;
import news.dateline.article.CorrectionView;

public interface CorrectionRepository extends JpaRepository<Correction, Long> {

	@Query("select new news.dateline.article.CorrectionView(c.id, c.kind, c.note, c.createdAt) from Correction c"
			+ " where c.articleId = :articleId order by c.createdAt, c.id")
	List<CorrectionView> findViews(Long articleId);

	/** Entries on live stories, newest first, older than the cursor. */
	@Query("select new news.dateline.article.CorrectionEntry(c.id, c.kind, c.note, c.createdAt, a.slug, a.headline)"
			+ " from Correction c join Article a on a.id = c.articleId"
			+ " where a.status = news.dateline.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now"
			+ " and (c.createdAt < :at or (c.createdAt = :at and c.id < :id)) order by c.createdAt desc, c.id desc")
	List<CorrectionEntry> findLiveBefore(Instant now, Instant at, long id, Limit limit);

}
