package news.dateline.security;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@link CurrentActor} of a web request: the signed-in user's name and highest role, read from
 * Spring Security's context. Staff accounts (with ids) come with the admin accounts work; until then
 * the id is not known here.
 */
@Component
class SecurityContextActor implements CurrentActor {

	@Override
	public Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.flatMap((authority) -> Arrays.stream(Role.values()).filter((role) -> role.authority().equals(authority)))
			.max(Enum::compareTo)
			.map((role) -> new Actor(null, authentication.getName(), role));
	}

}
