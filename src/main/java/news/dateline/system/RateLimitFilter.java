package news.dateline.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Limits what one client may send to the endpoints strangers can abuse (comment posting,
 * error reports, search, sign-in), with a Bucket4j token bucket per rule and client
 * address. A client over its limit gets 429 with {@code Retry-After} and the site's
 * "Please slow down" page; other requests pass through untouched, so the cost on reading
 * pages is one path match.
 */
public class RateLimitFilter extends OncePerRequestFilter {

	private final List<CompiledRule> rules;

	private final TimeMeter timeMeter;

	private final Cache<String, Bucket> buckets;

	public RateLimitFilter(RateLimitProperties properties, Clock clock) {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		this.rules = properties.rules()
			.entrySet()
			.stream()
			.map((entry) -> new CompiledRule(entry.getKey(), entry.getValue(), parser.parse(entry.getValue().path())))
			.toList();
		this.timeMeter = new ClockTimeMeter(clock);
		Duration longest = properties.rules()
			.values()
			.stream()
			.map(RateLimitProperties.Rule::period)
			.max(Duration::compareTo)
			.orElse(Duration.ofMinutes(1));
		this.buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(longest.multipliedBy(2)).build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CompiledRule rule = match(request);
		if (rule != null) {
			Bucket bucket = this.buckets.get(rule.name() + "|" + request.getRemoteAddr(),
					(key) -> rule.newBucket(this.timeMeter));
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				long seconds = Math.max(1,
						TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
				response.setHeader("Retry-After", Long.toString(seconds));
				request.setAttribute("retryAfter", seconds);
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private CompiledRule match(HttpServletRequest request) {
		PathContainer path = null;
		for (CompiledRule rule : this.rules) {
			if (rule.rule().method().equalsIgnoreCase(request.getMethod())) {
				if (path == null) {
					path = PathContainer
						.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
				}
				if (rule.pattern().matches(path)) {
					return rule;
				}
			}
		}
		return null;
	}

	/** The rules this filter applies, by name, for tests and logs. */
	public Map<String, String> describe() {
		return this.rules.stream()
			.collect(java.util.stream.Collectors.toMap(CompiledRule::name, (rule) -> rule.rule().method() + " "
					+ rule.rule().path() + " " + rule.rule().capacity() + "/" + rule.rule().period()));
	}

	private record CompiledRule(String name, RateLimitProperties.Rule rule, PathPattern pattern) {

		Bucket newBucket(TimeMeter timeMeter) {
			return Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.rule.capacity())
					.refillGreedy(this.rule.capacity(), this.rule.period())
					.build())
				.withCustomTimePrecision(timeMeter)
				.build();
		}

	}

	/**
	 * Bucket4j's clock, read from the application's {@link Clock} so tests can move it.
	 */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			java.time.Instant now = this.clock.instant();
			return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
