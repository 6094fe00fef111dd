package news.dateline.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Installs the {@link ControlCharacterFilter} first, so no part of the application
 * (security, controllers, services, the database) sees a control character in a request
 * parameter.
 */
@Configuration(proxyBeanMethods = false)
class RequestFilterConfiguration {

	@Bean
	FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter() {
		FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(
				new ControlCharacterFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("controlCharacterFilter");
		return registration;
	}

}
