package news.dateline.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import news.dateline.system.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	private static final Instant NOON = Instant.parse("2026-06-20T10:30:00Z");

	private final Dates dates = new Dates(new SiteProperties("Dateline", "http://localhost", 12, ZoneId.of("UTC")),
			bundles());

	/** The site's message bundles, where the date patterns of each language are. */
	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void formatsEachTimeInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.dayAndTime(NOON)).isEqualTo("20 June 2026 at 10:30");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.dates.dayAndTime(NOON)).isEqualTo("20 de junio de 2026 a las 10:30");
		assertThat(this.dates.day(Instant.parse("2026-11-30T23:59:59.999Z"))).isEqualTo("30 de noviembre de 2026");
		assertThat(this.dates.full(NOON)).isEqualTo("20 de junio de 2026, 10:30 UTC");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.day(NOON)).isEqualTo("20 June 2026");
		assertThat(this.dates.full(NOON)).isEqualTo("20 June 2026, 10:30 UTC");
	}

	@Test
	void machineReadableTimesHaveAtMostMilliseconds() {
		assertThat(this.dates.iso(Instant.parse("2026-06-20T10:30:00.123456789Z")))
			.isEqualTo("2026-06-20T10:30:00.123Z");
		assertThat(this.dates.iso(Instant.parse("2026-06-20T10:30:00.000456Z"))).isEqualTo("2026-06-20T10:30:00Z");
		assertThat(this.dates.iso(NOON)).isEqualTo("2026-06-20T10:30:00Z");
		assertThat(this.dates.iso(null)).isNull();
	}

	@Test
	void keepsFormattingForLanguagesPastTheBound() {
		for (int i = 0; i < Dates.MAX_FORMATTERS + 10; i++) {
			LocaleContextHolder.setLocale(new Locale("en", "", "v" + i));
			assertThat(this.dates.day(NOON)).isEqualTo("20 June 2026");
		}
	}

}
