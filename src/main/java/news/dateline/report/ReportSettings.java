package news.dateline.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The anti-spam settings of error reports, from {@code dateline.reports.*}, defaulting to the
 * comment form's: the least time between two reports from one address, and the least time a form must
 * have been open.
 */
@ConfigurationProperties("dateline.reports")
public record ReportSettings(Duration floodGap, Duration minimumTimeOnPage) {

	public ReportSettings {
		floodGap = (floodGap == null) ? Duration.ofSeconds(15) : floodGap;
		minimumTimeOnPage = (minimumTimeOnPage == null) ? Duration.ofSeconds(3) : minimumTimeOnPage;
	}

}
