package news.dateline.report;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import news.dateline.article.ArticleNotFoundException;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.system.TooManyRequestsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class ErrorReportServiceTests {

	@Autowired
	ErrorReportService reports;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	private Story story;

	private SectionView section;

	private String author;

	@BeforeEach
	void story() {
		this.clock.reset();
		this.section = this.data.section("Politics");
		this.author = this.data.author("Sam Okafor", "politics");
		this.story = this.data.story("Minister resigns", this.section, this.author, Duration.ofHours(1));
	}

	private NewErrorReport report(String ip, boolean honeypot, Duration onPage) {
		return new NewErrorReport(this.story.id(), "  The minister's name is misspelled.  ", " reader@example.com ", ip,
				honeypot, onPage);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void keepsAReadersReportOpenForEditors() {
		assertThat(this.reports.submit(report(TestData.unique("ip"), false, Duration.ofSeconds(30))))
			.isEqualTo(ReportStatus.OPEN);
		assertThat(this.reports.openReports(10)).first().satisfies((view) -> {
			assertThat(view.headline()).isEqualTo("Minister resigns");
			assertThat(view.message()).isEqualTo("The minister's name is misspelled.");
			assertThat(view.email()).isEqualTo("reader@example.com");
			assertThat(view.articleUrl()).isEqualTo(this.story.url());
		});
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void keepsBotTrapCatchesAsSpamOutOfTheQueue() {
		assertThat(this.reports.submit(report(TestData.unique("ip"), true, Duration.ofSeconds(30))))
			.isEqualTo(ReportStatus.SPAM);
		assertThat(this.reports.submit(report(TestData.unique("ip"), false, Duration.ofSeconds(1))))
			.isEqualTo(ReportStatus.SPAM);
		assertThat(this.reports.openReports(500)).noneMatch((view) -> view.articleId().equals(this.story.id()));
	}

	@Test
	void refusesASecondReportFromOneAddressWithinTheFloodGap() {
		String ip = TestData.unique("ip");
		this.reports.submit(report(ip, false, Duration.ofSeconds(30)));
		this.clock.advance(Duration.ofSeconds(5));
		assertThatExceptionOfType(TooManyRequestsException.class)
			.isThrownBy(() -> this.reports.submit(report(ip, false, Duration.ofSeconds(30))));
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(this.reports.submit(report(ip, false, Duration.ofSeconds(30)))).isEqualTo(ReportStatus.OPEN);
	}

	@Test
	void takesNoReportsAboutStoriesThatAreNotLive() {
		Story scheduled = this.data.scheduled("Embargoed budget", this.section, this.author, Duration.ofHours(2));
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.reports
			.submit(new NewErrorReport(scheduled.id(), "x", null, "ip", false, Duration.ofSeconds(30))));
	}

	@Test
	void onlyEditorsReadTheQueue() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.reports.openReports(10));
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void contributorsMayNotReadTheQueue() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.reports.openReports(10));
	}

}
