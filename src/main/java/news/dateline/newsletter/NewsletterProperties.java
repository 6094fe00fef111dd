package news.dateline.newsletter;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
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
 * @param dailyAt when the daily digest goes out, in the site's time zone, unless the
 * admin set a time for it
 * @param weeklyOn the day the section digests go out unless the admin set one
 * @param weeklyAt the time the section digests go out unless the admin set one
 * @param digestStories the most stories a digest lists
 * @param digestInterval how often each node looks for a digest that is due
 */
@Validated
@ConfigurationProperties("dateline.newsletter")
public record NewsletterProperties(@NotNull @DefaultValue("48h") Duration confirmationValidity,
		@NotNull @DefaultValue("1h") Duration confirmationGap, @Min(1) @DefaultValue("5") int attemptsPerHour,
		@NotNull @DefaultValue("07:00") LocalTime dailyAt, @NotNull @DefaultValue("MONDAY") DayOfWeek weeklyOn,
		@NotNull @DefaultValue("07:00") LocalTime weeklyAt, @Min(1) @Max(30) @DefaultValue("10") int digestStories,
		@NotNull @DefaultValue("1m") Duration digestInterval) {

}
