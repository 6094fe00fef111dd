package news.dateline.admin;

import java.time.Duration;
import java.util.Arrays;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import news.dateline.comment.ModerationSettings;

/**
 * The moderation settings an Administrator edits; banned words one per line.
 */
record ModerationSettingsForm(boolean holdFirstTimeCommenters, @NotNull @Min(0) @Max(100) Integer maxLinksBeforeHold,
		@Size(max = 3500) String bannedWords, @NotNull @Min(0) @Max(3600) Integer floodGapSeconds,
		@NotNull @Min(0) @Max(600) Integer minimumTimeOnPageSeconds,
		@NotNull @Min(0) @Max(3650) Integer closeAfterDays) {

	static ModerationSettingsForm of(ModerationSettings settings) {
		return new ModerationSettingsForm(settings.holdFirstTimeCommenters(), settings.maxLinksBeforeHold(),
				String.join("\n", settings.bannedWords()), (int) settings.floodGap().toSeconds(),
				(int) settings.minimumTimeOnPage().toSeconds(), settings.closeAfterDays());
	}

	ModerationSettings toSettings(int maxDepth) {
		return new ModerationSettings(this.holdFirstTimeCommenters, this.maxLinksBeforeHold,
				Arrays.asList(((this.bannedWords != null) ? this.bannedWords : "").split("\\R")),
				Duration.ofSeconds(this.floodGapSeconds), Duration.ofSeconds(this.minimumTimeOnPageSeconds),
				this.closeAfterDays, maxDepth);
	}

}
