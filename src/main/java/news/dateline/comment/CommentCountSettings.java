package news.dateline.comment;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the comment counts on cards are kept, from {@code dateline.comments.*} (beside the
 * moderation settings, {@link ModerationSettings}).
 *
 * @param countInterval how often the comment counts shown on cards are brought up to date
 */
@ConfigurationProperties("dateline.comments")
@Validated
public record CommentCountSettings(@DefaultValue("1s") @NotNull @DurationMin(millis = 1) Duration countInterval) {
}
