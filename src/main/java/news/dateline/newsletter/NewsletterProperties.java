package news.dateline.newsletter;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Newsletter settings, from {@code dateline.newsletter.*}.
 *
 * @param confirmationValidity how long a confirmation link works
 * @param confirmationGap the least time between two confirmation mails to one address
 * @param attemptsPerHour subscribe requests one address may make per hour before it gets
 * 429
 */
@Validated
@ConfigurationProperties("dateline.newsletter")
public record NewsletterProperties(@NotNull @DefaultValue("48h") Duration confirmationValidity,
		@NotNull @DefaultValue("1h") Duration confirmationGap, @Min(1) @DefaultValue("5") int attemptsPerHour) {

}
