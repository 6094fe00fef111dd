package news.dateline.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import news.dateline.system.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	private static final Instant NOON = Instant.parse("2026-06-20T10:30:00Z");

	private final Dates dates = new Dates(new SiteProperties("Dateline", "http://localhost", 12, ZoneId.of("UTC")));

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void formatsEachTimeInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.dayAndTime(NOON)).isEqualTo("20 June 2026 at 10:30");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.dates.dayAndTime(NOON)).isEqualTo("20 junio 2026 at 10:30");
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
