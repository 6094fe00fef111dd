package news.dateline.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs staff in from the login form: hands the email, password and client address to the
 * {@link StaffAccounts}, which apply the brute-force rules.
 */
class StaffAuthenticationProvider implements AuthenticationProvider {

	private final StaffAccounts accounts;

	StaffAuthenticationProvider(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String client = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		Object credentials = authentication.getCredentials();
		StaffPrincipal principal = this.accounts.signIn(authentication.getName(),
				(credentials != null) ? credentials.toString() : "", client);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
