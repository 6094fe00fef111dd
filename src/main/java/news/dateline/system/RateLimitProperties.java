package news.dateline.system;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Request rate limits per client address, from {@code dateline.rate-limits.*}: for each
 * named rule, the requests it covers (method and path pattern) and how many a client may
 * send per period.
 *
 * @param enabled apply the limits
 * @param rules the limits by name
 */
@ConfigurationProperties("dateline.rate-limits")
@Validated
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Map<String, @Valid Rule> rules) {

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
	public record Rule(@NotBlank String method, @NotBlank String path, @Positive int capacity,
			@NotNull Duration period) {
	}

}
