package news.dateline.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import news.dateline.system.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

class CardTimesTests {

	// 23:40:12.345 in Seoul, where the site's day is nearly over
	private static final Instant NOW = Instant.parse("2026-06-20T14:40:12.345Z");

	private final SiteProperties site = new SiteProperties("Dateline", "http://localhost", 12, ZoneId.of("Asia/Seoul"));

	private final CardTimes times = new CardTimes(new Dates(this.site, messages()), this.site, messages(),
			Clock.fixed(NOW, ZoneId.of("UTC")));

	private static ResourceBundleMessageSource messages() {
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
	void saysHowLongAgoForTheLastHoursThenTheTimeOfDayThenTheDay() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.times.label(NOW.minusMillis(800))).isEqualTo("Just now");
		assertThat(this.times.label(NOW.minusSeconds(12 * 60 + 59))).isEqualTo("12 min ago");
		assertThat(this.times.label(NOW.minusSeconds(2 * 3600 + 5))).isEqualTo("2 h ago");
		// 08:02 Seoul time, earlier the same day
		assertThat(this.times.label(Instant.parse("2026-06-19T23:02:00.999Z"))).isEqualTo("08:02");
		// 23:59 the day before, in Seoul (still 20 June in UTC)
		assertThat(this.times.label(Instant.parse("2026-06-19T14:59:00Z"))).isEqualTo("19 June 2026");
		assertThat(this.times.label(NOW.plusSeconds(60))).isEqualTo("20 June 2026");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.times.label(NOW.minusSeconds(3 * 3600))).isEqualTo("Hace 3 h");
	}

}
