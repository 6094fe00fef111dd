package news.dateline.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import news.dateline.system.SiteProperties;
import news.dateline.system.Timestamps;

/**
 * Formats times for templates ({@code ${@dates.full(instant)}}) in the site's time zone.
 */
@Component("dates")
class Dates {

	/**
	 * Formatters kept (patterns times locales; the site's locale is fixed, so a handful
	 * in practice).
	 */
	static final int MAX_FORMATTERS = 64;

	private final SiteProperties site;

	// formatters are immutable and thread-safe: parse each pattern once per locale, not
	// on every call
	private final Cache<FormatterKey, DateTimeFormatter> formatters = Caffeine.newBuilder()
		.maximumSize(MAX_FORMATTERS)
		.build();

	Dates(SiteProperties site) {
		this.site = site;
	}

	/** "20 June 2024, 10:30 UTC": the article page's dateline times. */
	public String full(Instant instant) {
		return format(instant, "d MMMM yyyy, HH:mm zzz");
	}

	/** "20 June 2024": lists and comments. */
	public String day(Instant instant) {
		return format(instant, "d MMMM yyyy");
	}

	/** "20 June 2024 at 10:30": comment times. */
	public String dayAndTime(Instant instant) {
		return format(instant, "d MMMM yyyy 'at' HH:mm");
	}

	/** "10:42": the admin's autosave and edit-lock notices. */
	public String time(Instant instant) {
		return format(instant, "HH:mm");
	}

	/** The machine-readable form for {@code <time datetime>}, to the millisecond. */
	public String iso(Instant instant) {
		return Timestamps.iso(instant);
	}

	private String format(Instant instant, String pattern) {
		if (instant == null) {
			return "";
		}
		return this.formatters
			.get(new FormatterKey(pattern, LocaleContextHolder.getLocale()),
					(key) -> DateTimeFormatter.ofPattern(key.pattern(), key.locale()).withZone(this.site.timeZone()))
			.format(instant);
	}

	private record FormatterKey(String pattern, Locale locale) {
	}

}
