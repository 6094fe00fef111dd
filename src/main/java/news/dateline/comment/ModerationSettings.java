package news.dateline.comment;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How new comments are moderated, from {@code dateline.comments.*}: the defaults, which
 * Administrators can change in the admin (kept in the database).
 *
 * @param holdFirstTimeCommenters hold a comment until the email has an approved comment
 * @param maxLinksBeforeHold hold a comment with this many links or more (0 turns it off)
 * @param bannedWords words or phrases that send a comment to spam
 * @param floodGap the least time between two comments from one address or one email
 * @param minimumTimeOnPage a form sent sooner than this after the page was served is a
 * bot's
 * @param closeAfterDays close comments this many days after publication (0: never)
 * @param maxDepth how deep replies nest
 */
@ConfigurationProperties("dateline.comments")
@Validated
public record ModerationSettings(@DefaultValue("true") boolean holdFirstTimeCommenters,
		@DefaultValue("2") @PositiveOrZero int maxLinksBeforeHold, @DefaultValue( {
				"viagra", "casino bonus", "payday loan", "crypto giveaway" }) List<String> bannedWords,
		@DefaultValue("15s") @NotNull Duration floodGap, @DefaultValue("3s") @NotNull Duration minimumTimeOnPage,
		@DefaultValue("0") @PositiveOrZero int closeAfterDays, @DefaultValue("5") @Positive int maxDepth){

	public ModerationSettings {
		bannedWords = (bannedWords == null) ? List.of()
				: bannedWords.stream().map(String::trim).filter((word) -> !word.isEmpty()).toList();
	}

	public Duration closeAfter() {
		return Duration.ofDays(Math.max(0, this.closeAfterDays));
	}

}
