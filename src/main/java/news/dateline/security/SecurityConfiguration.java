package news.dateline.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The web security rules. Readers need no session: public pages are the same for everyone and the
 * public comment and "Report an error" forms carry their own signed token and same-origin check (see
 * the web package), so they are the POSTs outside Spring Security's session-bound CSRF protection. The
 * admin is for signed-in staff of any role; each service checks the role an action needs.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasAnyRole(Role.CONTRIBUTOR.name(), Role.AUTHOR.name(), Role.EDITOR.name(), Role.ADMINISTRATOR.name())
			.anyRequest()
			.permitAll())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/articles/*/comments"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/articles/*/report")))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

}
