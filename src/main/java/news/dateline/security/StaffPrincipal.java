package news.dateline.security;

import java.io.Serializable;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in staff member as the session keeps them: account id, email, display name
 * and role. Small and serialisable, so sessions can be stored anywhere; never holds the
 * password.
 */
public record StaffPrincipal(Long userId, String email, String displayName,
		Role role) implements AuthenticatedPrincipal, Serializable {

	public Actor actor() {
		return new Actor(this.userId, this.displayName, this.role);
	}

	public List<GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getName() {
		return this.email;
	}

	/** Without the email address: Spring Security logs the principal at DEBUG. */
	@Override
	public String toString() {
		return "StaffPrincipal[userId=" + this.userId + ", role=" + this.role + "]";
	}

}
