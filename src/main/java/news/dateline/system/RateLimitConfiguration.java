package news.dateline.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Installs the {@link RateLimitFilter} ahead of security and MVC, when
 * {@code dateline.rate-limits.enabled}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "dateline.rate-limits.enabled", matchIfMissing = true)
class RateLimitConfiguration {

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, Clock clock) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(properties, clock));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setName("rateLimitFilter");
		return registration;
	}

}
