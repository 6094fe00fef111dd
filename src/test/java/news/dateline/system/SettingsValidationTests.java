package news.dateline.system;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import news.dateline.comment.ModerationSettings;
import news.dateline.feed.SitemapSettings;
import news.dateline.media.MediaProperties;
import news.dateline.report.ReportSettings;
import news.dateline.search.SearchProperties;
import news.dateline.security.SecurityHeaders;
import news.dateline.user.AdminProperties;
import news.dateline.web.PageCacheSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings records bound as at start-up, in a context of their own: with nothing set,
 * every setting has its one default; a bad value stops the start with a message naming
 * the setting.
 */
class SettingsValidationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ SiteProperties.class, RateLimitProperties.class, ModerationSettings.class,
			SitemapSettings.class, MediaProperties.class, ReportSettings.class, SearchProperties.class,
			SecurityHeaders.class, AdminProperties.class, PageCacheSettings.class })
	static class Settings {

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void everySettingHasItsDefaultWhenNothingIsSet() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			SiteProperties site = context.getBean(SiteProperties.class);
			assertThat(site.name()).isEqualTo("Dateline");
			assertThat(site.baseUrl()).isEqualTo("http://localhost:8080");
			assertThat(site.pageSize()).isEqualTo(12);
			assertThat(site.timeZone()).isEqualTo(ZoneId.of("UTC"));
			assertThat(site.language()).isEqualTo("en");
			ModerationSettings comments = context.getBean(ModerationSettings.class);
			assertThat(comments.floodGap()).isEqualTo(Duration.ofSeconds(15));
			assertThat(comments.bannedWords()).contains("casino bonus");
			assertThat(comments.maxDepth()).isEqualTo(5);
			assertThat(context.getBean(PageCacheSettings.class).ttl()).isEqualTo(Duration.ofSeconds(60));
			assertThat(context.getBean(PageCacheSettings.class).personalCookies()).contains("JSESSIONID");
			assertThat(context.getBean(SearchProperties.class).resultsTtl()).isEqualTo(Duration.ofSeconds(30));
			assertThat(context.getBean(SitemapSettings.class).pageSize()).isEqualTo(SitemapSettings.PROTOCOL_LIMIT);
			assertThat(context.getBean(MediaProperties.class).maxPixels()).isEqualTo(40_000_000L);
			assertThat(context.getBean(ReportSettings.class).minimumTimeOnPage()).isEqualTo(Duration.ofSeconds(3));
			assertThat(context.getBean(SecurityHeaders.class).imageSources()).isEqualTo("https:");
			assertThat(context.getBean(AdminProperties.class).name()).isEqualTo("Administrator");
			assertThat(context.getBean(RateLimitProperties.class).enabled()).isTrue();
		});
	}

	@Test
	void aBadValueIsAStartUpErrorNamingTheSetting() {
		// setting, bad value, how the failure names it (a map entry as the binder writes
		// it)
		String[][] bad = { { "dateline.site.page-size", "0", "dateline.site.page-size" },
				{ "dateline.site.page-size", "51", "dateline.site.page-size" },
				{ "dateline.site.base-url", "localhost", "dateline.site.base-url" },
				{ "dateline.site.time-zone", "Mars/Olympus_Mons", "dateline.site.time-zone" },
				{ "dateline.comments.max-depth", "0", "dateline.comments.max-depth" },
				{ "dateline.comments.max-links-before-hold", "-1", "dateline.comments.max-links-before-hold" },
				{ "dateline.cache.pages.ttl", "0s", "dateline.cache.pages.ttl" },
				{ "dateline.search.results-ttl", "-1s", "dateline.search.results-ttl" },
				{ "dateline.sitemaps.page-size", "50001", "dateline.sitemaps.page-size" },
				{ "dateline.media.max-pixels", "0", "dateline.media.max-pixels" },
				{ "dateline.media.max-file-size", "ten megabytes", "dateline.media.max-file-size" },
				{ "dateline.rate-limits.rules.comments.capacity", "0", "rules[comments].capacity" } };
		for (String[] setting : bad) {
			this.runner
				// a whole, valid rule first, so only the bad value (given last, so it
				// wins) can fail
				.withPropertyValues("dateline.rate-limits.rules.comments.method=POST",
						"dateline.rate-limits.rules.comments.path=/articles/{slug}/comments",
						"dateline.rate-limits.rules.comments.capacity=6",
						"dateline.rate-limits.rules.comments.period=1m", setting[0] + "=" + setting[1])
				.run((context) -> {
					assertThat(context).as(setting[0] + "=" + setting[1]).hasFailed();
					assertThat(messages(context.getStartupFailure())).as(setting[0]).contains(setting[2]);
				});
		}
	}

	@Test
	void aGoodValueIsTaken() {
		this.runner
			.withPropertyValues("dateline.site.page-size=20", "dateline.site.base-url=https://news.example/",
					"dateline.site.time-zone=Asia/Seoul", "dateline.comments.banned-words= spam , ,eggs")
			.run((context) -> {
				SiteProperties site = context.getBean(SiteProperties.class);
				assertThat(site.pageSize()).isEqualTo(20);
				assertThat(site.baseUrl()).isEqualTo("https://news.example");
				assertThat(site.timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
				assertThat(context.getBean(ModerationSettings.class).bannedWords()).containsExactly("spam", "eggs");
			});
	}

	private static String messages(Throwable failure) {
		StringBuilder all = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			all.append(cause.getMessage()).append('\n');
		}
		return all.toString();
	}

}
