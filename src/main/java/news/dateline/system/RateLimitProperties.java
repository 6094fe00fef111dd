package news.dateline.system;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request rate limits per client address, from {@code dateline.rate-limits.*}: for each named rule,
 * the requests it covers (method and path pattern) and how many a client may send per period.
 */
@ConfigurationProperties("dateline.rate-limits")
public record RateLimitProperties(boolean enabled, Map<String, Rule> rules) {

	public RateLimitProperties {
		rules = (rules == null) ? Map.of() : Map.copyOf(rules);
	}

	/**
	 * One limit.
	 *
	 * @param method the HTTP method it applies to, e.g. POST
	 * @param path a path pattern such as {@code /articles/{slug}/comments}
	 * @param capacity requests allowed per period (also the burst)
	 * @param period the period in which the capacity refills
	 */
	public record Rule(String method, String path, int capacity, Duration period) {
	}

}
