package news.dateline.article;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The article module's timers, from {@code dateline.editorial.*}.
 *
 * @param releaseInterval how often scheduled stories and embargo lifts are checked (also
 * once at start-up)
 */
@ConfigurationProperties("dateline.editorial")
@Validated
public record EditorialSettings(@DefaultValue("15s") @NotNull @DurationMin(millis = 1) Duration releaseInterval) {
}
