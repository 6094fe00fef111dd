package news.dateline.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.ArticleHeadline;
import news.dateline.article.ArticleNotFoundException;
import news.dateline.article.ArticleService;
import news.dateline.report.internal.ErrorReport;
import news.dateline.report.internal.ErrorReportRepository;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.TooManyRequestsException;

/**
 * Takes readers' error reports with the comment form's anti-spam rules (a flood gap per
 * address, the honeypot and the minimum time on page, whose catches are kept as spam and
 * never shown), and lists the open ones for the editors' corrections queue.
 */
@Service
@Transactional(readOnly = true)
public class ErrorReportService {

	private final ErrorReportRepository reports;

	private final ArticleService articles;

	private final ReportSettings settings;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ErrorReportService(ErrorReportRepository reports, ArticleService articles, ReportSettings settings,
			CurrentActor currentActor, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.reports = reports;
		this.articles = articles;
		this.settings = settings;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/**
	 * Stores a reader's report about a live story; returns the status it got.
	 * @throws ArticleNotFoundException when the story is not live
	 * @throws TooManyRequestsException when the address reported within the flood gap
	 */
	@Transactional
	public ReportStatus submit(NewErrorReport report) {
		if (this.articles.liveIds(Set.of(report.articleId())).isEmpty()) {
			throw new ArticleNotFoundException(String.valueOf(report.articleId()));
		}
		Instant now = this.clock.instant();
		if (!this.settings.floodGap().isZero()
				&& this.reports.existsByIpHashAndCreatedAtAfter(report.ipHash(), now.minus(this.settings.floodGap()))) {
			throw new TooManyRequestsException("error report flood", this.settings.floodGap());
		}
		boolean bot = report.honeypotFilled() || report.timeOnPage() == null
				|| report.timeOnPage().compareTo(this.settings.minimumTimeOnPage()) < 0;
		String email = (report.email() == null || report.email().isBlank()) ? null : report.email().strip();
		ErrorReport stored = this.reports.save(new ErrorReport(report.articleId(), report.message().strip(), email,
				report.ipHash(), bot ? ReportStatus.SPAM : ReportStatus.OPEN, now));
		if (stored.getStatus() == ReportStatus.OPEN) {
			this.events.publishEvent(new ErrorReportReceived(stored.getId()));
		}
		return stored.getStatus();
	}

	/** One report if it is still open, for moderators' mail. */
	public java.util.Optional<ReceivedReport> open(Long id) {
		return this.reports.findById(id)
			.filter((report) -> report.getStatus() == ReportStatus.OPEN)
			.map(ErrorReport::toReceived);
	}

	/**
	 * The reports still open among those that arrived in [from, to), oldest first (at
	 * most {@code limit}), for moderators' mail.
	 */
	public List<ReceivedReport> openBetween(Instant from, Instant to, int limit) {
		return this.reports
			.findByStatusAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAscIdAsc(ReportStatus.OPEN,
					from, to, Limit.of(limit))
			.stream()
			.map(ErrorReport::toReceived)
			.toList();
	}

	/** The newest open reports, for editors. */
	public List<ErrorReportView> openReports(int limit) {
		this.currentActor.require(Role.EDITOR);
		List<ErrorReport> open = this.reports.findByStatusOrderByCreatedAtDescIdDesc(ReportStatus.OPEN,
				Limit.of(Math.min(Math.max(limit, 1), 500)));
		Map<Long, ArticleHeadline> stories = this.articles
			.headlines(open.stream().map(ErrorReport::getArticleId).collect(Collectors.toSet()));
		return open.stream()
			.filter((report) -> stories.containsKey(report.getArticleId()))
			.map((report) -> report.toView(stories.get(report.getArticleId())))
			.toList();
	}

}
