package news.dateline.security;

import java.util.Comparator;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link CurrentActor} of a request: the staff member in Spring Security's context. A
 * staff sign-in carries a {@link StaffPrincipal}; any other authentication (test tools)
 * acts with the highest role among its authorities and no account id.
 */
class SecurityContextCurrentActor implements CurrentActor {

	@Override
	public Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.flatMap((authority) -> java.util.Arrays.stream(Role.values())
				.filter((role) -> role.authority().equals(authority)))
			.max(Comparator.naturalOrder())
			.map((role) -> new Actor(null, authentication.getName(), role));
	}

}
