package news.dateline.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The page cache's switches, from {@code dateline.cache.pages.*}: on or off (off for the no-cache
 * benchmark), how long an entry lives, how many bytes all entries may take, and the cookies that mark
 * a request as someone's own (a signed-in session, remember-me) so it is never served from or stored
 * in the cache. The commenter's cookies always count. A page changed within {@code min-render-interval}
 * of its rendering is served until that interval has passed (coalesced re-rendering).
 */
@ConfigurationProperties("dateline.cache.pages")
public record PageCacheSettings(Boolean enabled, Duration ttl, Long maxBytes, List<String> personalCookies,
		Duration minRenderInterval) {

	public PageCacheSettings {
		enabled = (enabled == null) || enabled;
		ttl = (ttl == null || ttl.isNegative() || ttl.isZero()) ? Duration.ofSeconds(60) : ttl;
		maxBytes = (maxBytes == null || maxBytes <= 0) ? 64L * 1024 * 1024 : maxBytes;
		personalCookies = (personalCookies == null) ? List.of("JSESSIONID", "SESSION", "remember-me")
				: List.copyOf(personalCookies);
		minRenderInterval = (minRenderInterval == null || minRenderInterval.isNegative()) ? Duration.ofMillis(250)
				: minRenderInterval;
	}

}
