package news.dateline.report;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The anti-spam settings of error reports, from {@code dateline.reports.*}, defaulting to
 * the comment form's: the least time between two reports from one address, and the least
 * time a form must have been open.
 *
 * @param floodGap the least time between two reports from one address
 * @param minimumTimeOnPage a report sent sooner than this after the form was served is a
 * bot's
 */
@ConfigurationProperties("dateline.reports")
@Validated
public record ReportSettings(@DefaultValue("15s") @NotNull Duration floodGap,
		@DefaultValue("3s") @NotNull Duration minimumTimeOnPage) {

}
