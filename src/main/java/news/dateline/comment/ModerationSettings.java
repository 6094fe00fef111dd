package news.dateline.comment;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How new comments are moderated, from {@code dateline.comments.*} in application.properties.
 *
 * @param holdFirstTimeCommenters hold a comment until the email has an approved comment
 * @param maxLinksBeforeHold hold a comment with this many links or more (0 turns it off)
 * @param bannedWords words or phrases that send a comment to spam
 * @param floodGap the least time between two comments from one address or one email
 * @param minimumTimeOnPage a form sent sooner than this after the page was served is a bot's
 * @param closeAfterDays close comments this many days after publication (0: never)
 * @param maxDepth how deep replies nest
 */
@ConfigurationProperties("dateline.comments")
public record ModerationSettings(boolean holdFirstTimeCommenters, int maxLinksBeforeHold, List<String> bannedWords,
		Duration floodGap, Duration minimumTimeOnPage, int closeAfterDays, int maxDepth) {

	public ModerationSettings {
		bannedWords = (bannedWords == null) ? List.of()
				: bannedWords.stream().map(String::trim).filter((word) -> !word.isEmpty()).toList();
		floodGap = (floodGap == null) ? Duration.ZERO : floodGap;
		minimumTimeOnPage = (minimumTimeOnPage == null) ? Duration.ZERO : minimumTimeOnPage;
		maxDepth = (maxDepth <= 0) ? 5 : maxDepth;
	}

	public Duration closeAfter() {
		return Duration.ofDays(Math.max(0, this.closeAfterDays));
	}

}
