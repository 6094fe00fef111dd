package news.dateline.article;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How page views ("Most read") are kept, from {@code dateline.views.*}.
 *
 * @param flushInterval how often the views counted in memory are written
 */
@ConfigurationProperties("dateline.views")
@Validated
public record ViewSettings(@DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration flushInterval) {
}
