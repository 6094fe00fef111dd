package news.dateline.report.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import news.dateline.report.ReportStatus;

public interface ErrorReportRepository extends JpaRepository<ErrorReport, Long> {

	boolean existsByIpHashAndCreatedAtAfter(String ipHash, Instant since);

	List<ErrorReport> findByStatusOrderByCreatedAtDescIdDesc(ReportStatus status, Limit limit);

	List<ErrorReport> findByStatusAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAscIdAsc(
			ReportStatus status, Instant from, Instant to, Limit limit);

}
