package news.dateline.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import news.dateline.system.SiteProperties;
import news.dateline.system.Timestamps;

/**
 * Formats times for templates ({@code ${@dates.full(instant)}}) in the site's time zone,
 * in the patterns and month names of the page's language (the patterns are messages:
 * {@code date.full}, {@code date.day}, {@code date.day-and-time}, {@code date.time}).
 */
@Component("dates")
class Dates {

	/**
	 * Formatters kept (patterns times locales: one locale per edition, so a handful in
	 * practice).
	 */
	static final int MAX_FORMATTERS = 64;

	private final SiteProperties site;

	// formatters are immutable and thread-safe: parse each pattern once per locale, not
	// on every call
	private final Cache<FormatterKey, DateTimeFormatter> formatters = Caffeine.newBuilder()
		.maximumSize(MAX_FORMATTERS)
		.build();

	private final MessageSource messages;

	Dates(SiteProperties site, MessageSource messages) {
		this.site = site;
		this.messages = messages;
	}

	/**
	 * "20 June 2024, 10:30 UTC", "20 de junio de 2024, 10:30 UTC": the article page's
	 * dateline times.
	 */
	public String full(Instant instant) {
		return format(instant, "date.full");
	}

	/** "20 June 2024", "20 de junio de 2024": lists and comments. */
	public String day(Instant instant) {
		return format(instant, "date.day");
	}

	/** "20 June 2024 at 10:30", "20 de junio de 2024 a las 10:30": comment times. */
	public String dayAndTime(Instant instant) {
		return format(instant, "date.day-and-time");
	}

	/** "10:42": the admin's autosave and edit-lock notices. */
	public String time(Instant instant) {
		return format(instant, "date.time");
	}

	/** The machine-readable form for {@code <time datetime>}, to the millisecond. */
	public String iso(Instant instant) {
		return Timestamps.iso(instant);
	}

	/** The time in the pattern the page's language gives under this message key. */
	private String format(Instant instant, String patternKey) {
		if (instant == null) {
			return "";
		}
		return this.formatters
			.get(new FormatterKey(patternKey, LocaleContextHolder.getLocale()),
					(key) -> DateTimeFormatter
						.ofPattern(this.messages.getMessage(key.patternKey(), null, key.locale()), key.locale())
						.withZone(this.site.timeZone()))
			.format(instant);
	}

	private record FormatterKey(String patternKey, Locale locale) {
	}

}
