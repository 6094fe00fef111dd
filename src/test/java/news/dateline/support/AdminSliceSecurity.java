package news.dateline.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * For controller slices only: lets an authenticated test user ({@code @WithMockUser}) reach
 * {@code /admin/**}, with CSRF protection as in production, while the application itself still
 * denies the admin until staff sign-in exists. Anonymous requests are refused (403). Authorization
 * proper is the services' job, tested against the database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AdminSliceSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain adminSliceSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/admin/**").authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return http.build();
	}

}
