package news.dateline.web;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The page cache's switches, from {@code dateline.cache.pages.*}: on or off (off for the
 * no-cache benchmark), how long an entry lives, how many bytes all entries may take, and
 * the cookies that mark a request as someone's own (a signed-in session, remember-me) so
 * it is never served from or stored in the cache. The commenter's cookies always count. A
 * page changed within {@code min-render-interval} of its rendering is served until that
 * interval has passed (coalesced re-rendering).
 *
 * @param enabled keep anonymous public pages in memory (off for the no-cache benchmark)
 * @param ttl how long a page is kept at most
 * @param maxBytes how many bytes all kept pages may take (64 MiB)
 * @param personalCookies cookies that make a request someone's own, never cached
 * @param minRenderInterval how often at most a changed page is rendered again
 * @param checkInterval how often the page cache looks for stories that went live by the
 * clock and for changes made on other nodes
 */
@ConfigurationProperties("dateline.cache.pages")
@Validated
public record PageCacheSettings(@DefaultValue("true") @NotNull Boolean enabled,
		@DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration ttl,
		@DefaultValue("67108864") @NotNull @Positive Long maxBytes, @DefaultValue( {
				"JSESSIONID", "SESSION", "remember-me" }) List<String> personalCookies,
		@DefaultValue("250ms") @NotNull Duration minRenderInterval,
		@DefaultValue("2s") @NotNull @DurationMin(millis = 1) Duration checkInterval){

	public PageCacheSettings {
		personalCookies = (personalCookies != null) ? List.copyOf(personalCookies) : List.of();
		if (minRenderInterval.isNegative()) {
			throw new IllegalArgumentException("dateline.cache.pages.min-render-interval must not be negative");
		}
	}

}
