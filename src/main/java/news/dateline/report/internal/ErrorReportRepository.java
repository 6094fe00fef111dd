package news.dateline.report.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import news.dateline.report.ErrorReportView;
import news.dateline.report.ReportStatus;

public interface ErrorReportRepository extends JpaRepository<ErrorReport, Long> {

	boolean existsByIpHashAndCreatedAtAfter(String ipHash, Instant since);

	@Query("select new news.dateline.report.ErrorReportView(r.id, a.id, a.headline, a.slug, r.message, r.email,"
			+ " r.createdAt) from ErrorReport r, news.dateline.article.internal.Article a where a.id = r.articleId"
			+ " and r.status = :status order by r.createdAt desc, r.id desc")
	List<ErrorReportView> findViews(ReportStatus status, Limit limit);

}
