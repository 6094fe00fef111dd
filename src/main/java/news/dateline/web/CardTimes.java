package news.dateline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import news.dateline.system.SiteProperties;

/**
 * When a story card says it was published ({@code ${@cardTimes.label(instant)}}), in the
 * site's time zone: "12 min ago" and "2 h ago" for the last hours, "08:02" earlier today,
 * the day before that (see {@link Dates#day(Instant)}).
 */
@Component("cardTimes")
class CardTimes {

	/** How long "N h ago" is said before the time of day is. */
	static final Duration RELATIVE = Duration.ofHours(6);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Dates dates;

	private final SiteProperties site;

	private final MessageSource messages;

	private final Clock clock;

	CardTimes(Dates dates, SiteProperties site, MessageSource messages, Clock clock) {
		this.dates = dates;
		this.site = site;
		this.messages = messages;
		this.clock = clock;
	}

	public String label(Instant published) {
		if (published == null) {
			return "";
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.site.timeZone());
		if (!LocalDate.ofInstant(published, this.site.timeZone()).equals(today) || published.isAfter(now)) {
			return this.dates.day(published);
		}
		Duration age = Duration.between(published, now);
		if (age.toMinutes() < 1) {
			return message("card.time.now", null);
		}
		if (age.toMinutes() < 60) {
			return message("card.time.minutes", age.toMinutes());
		}
		if (age.compareTo(RELATIVE) < 0) {
			return message("card.time.hours", age.toHours());
		}
		return TIME.withZone(this.site.timeZone()).format(published);
	}

	private String message(String key, Object argument) {
		return this.messages.getMessage(key, (argument != null) ? new Object[] { argument } : null,
				LocaleContextHolder.getLocale());
	}

}
