package news.dateline.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The web security rules, in two chains. Readers need no session: public pages are the
 * same for everyone and the public comment form carries its own signed token and
 * same-origin check (see the web package), and so does "Report an error": they are the
 * POSTs outside Spring Security's session-bound CSRF protection, and the public chain
 * never creates a session. The admin under {@code /admin/**} is session-based: form
 * sign-in, CSRF on every form, a new session id at sign-in, and coarse role rules per
 * area; the services check every action again themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

	/**
	 * Areas only Administrators reach: accounts, the audit log, settings, import and
	 * export, the outbox.
	 */
	static final String[] ADMINISTRATOR_AREAS = { "/admin/users/**", "/admin/audit/**", "/admin/settings/**",
			"/admin/import/**", "/admin/export/**", "/admin/mail/**" };

	/**
	 * Areas for Editors and Administrators: the comment queue and the newsroom's data.
	 */
	static final String[] EDITOR_AREAS = { "/admin/comments/**", "/admin/authors/**", "/admin/sections/**",
			"/admin/tags/**", "/admin/sources/**", "/admin/newsletters/**" };

	@Bean
	@Order(1)
	SecurityFilterChain adminSecurity(HttpSecurity http, StaffAccounts accounts, SecurityHeaders headers)
			throws Exception {
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/admin/**"));
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		forbidden.setErrorPage("/admin/forbidden");
		http.securityMatcher("/admin/**")
			.headers(headers)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/admin/login", "/admin/setup/**", "/admin/password/forgot", "/admin/password/reset")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/admin/media/new")
				.hasRole(Role.AUTHOR.name())
				.requestMatchers(ADMINISTRATOR_AREAS)
				.hasRole(Role.ADMINISTRATOR.name())
				.requestMatchers(EDITOR_AREAS)
				.hasRole(Role.EDITOR.name())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/admin/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/admin")
				.failureUrl("/admin/login?error")
				// the client's address for the sign-in lockout, but not the session id:
				// the
				// authentication is logged at DEBUG, and a session id has no place in a
				// log line
				.authenticationDetailsSource((request) -> new WebAuthenticationDetails(request.getRemoteAddr(), null)))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
				.sessionFixation((fixation) -> fixation.changeSessionId()))
			.securityContext((context) -> context.securityContextRepository(new StaffSessionRepository(accounts)))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(forbidden))
			.requestCache((cache) -> cache.requestCache(requestCache));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain siteSecurity(HttpSecurity http, SecurityHeaders headers) throws Exception {
		http.headers(headers)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// POST is the one method readers' pages take that changes anything; any other
			// reaches the
			// dispatcher and gets the site's 405 page, not a 403 for a token it could
			// never carry
			.csrf((csrf) -> csrf
				.requireCsrfProtectionMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/**"))
				.ignoringRequestMatchers(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/articles/*/comments"),
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/articles/*/report"),
						// the subscribe form checks its origin; unsubscribe is RFC 8058's
						// one-click POST from mail clients
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/newsletters/subscribe"),
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/newsletters/unsubscribe")))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/** Each role can do what the roles below it can. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMINISTRATOR.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.AUTHOR.name())
			.role(Role.AUTHOR.name())
			.implies(Role.CONTRIBUTOR.name())
			.build();
	}

	@Bean
	StaffAuthenticationProvider staffAuthenticationProvider(StaffAccounts accounts) {
		return new StaffAuthenticationProvider(accounts);
	}

	@Bean
	CurrentActor currentActor() {
		return new SecurityContextCurrentActor();
	}

	/**
	 * Spring Security's delegating encoder: BCrypt today, and old hashes keep working
	 * after a change.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Requests the firewall refuses (odd parameter names, encoded slashes ...) get 400,
	 * not a 500.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler();
	}

}
