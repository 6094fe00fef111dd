package news.dateline.system;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How nodes learn of each other's changes, from {@code dateline.changes.*}.
 *
 * @param pollInterval how often each node reads the change log of the others
 */
@ConfigurationProperties("dateline.changes")
@Validated
public record ChangeLogSettings(@DefaultValue("2s") @NotNull @DurationMin(millis = 1) Duration pollInterval) {
}
