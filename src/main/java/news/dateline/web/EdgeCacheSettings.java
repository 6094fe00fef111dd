package news.dateline.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP caches in front of the nodes (Varnish, {@code deploy/varnish/dateline.vcl}),
 * from {@code dateline.cache.edge.*}: the URLs purge requests go to (none: no purging,
 * the default), the shared secret they carry (from the environment, never the
 * repository), and how long a purge may take.
 */
@ConfigurationProperties("dateline.cache.edge")
public record EdgeCacheSettings(List<String> purgeUrls, String secret, Duration timeout) {

	public EdgeCacheSettings {
		purgeUrls = (purgeUrls == null) ? List.of()
				: purgeUrls.stream().map(String::strip).filter((url) -> !url.isEmpty()).toList();
		secret = (secret == null) ? "" : secret;
		timeout = (timeout == null || timeout.isNegative() || timeout.isZero()) ? Duration.ofSeconds(2) : timeout;
		if (!purgeUrls.isEmpty() && secret.length() < 16) {
			throw new IllegalArgumentException(
					"dateline.cache.edge.secret (DATELINE_EDGE_SECRET) must have at least 16 characters when dateline.cache.edge.purge-urls is set");
		}
	}

	boolean enabled() {
		return !this.purgeUrls.isEmpty();
	}

}
