package news.dateline.support;

import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import news.dateline.security.Actor;
import news.dateline.security.Role;
import news.dateline.security.StaffPrincipal;
import news.dateline.user.NewStaffUser;
import news.dateline.user.UserService;
import news.dateline.user.UserView;

/**
 * Makes staff accounts for tests through the {@link UserService} (with unique emails) and
 * signs them in on the test's thread, as the admin's session would.
 */
@TestComponent
public class TestStaff {

	/** The password of every account made here. */
	public static final String PASSWORD = "correct horse battery staple";

	private final UserService users;

	public TestStaff(UserService users) {
		this.users = users;
	}

	/** A new account with the role; whoever was signed in stays signed in. */
	public UserView account(Role role) {
		Authentication before = SecurityContextHolder.getContext().getAuthentication();
		// creating accounts takes an Administrator: a stand-in one, not an account, for
		// the set-up
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test set-up", null,
					List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))));
		try {
			String name = role.name().charAt(0) + role.name().substring(1).toLowerCase();
			return this.users.create(new NewStaffUser(TestData.unique(name.toLowerCase()) + "@example.com",
					"Test " + name, role, PASSWORD, null));
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

	/** A new account with the role, signed in; returns the acting member. */
	public Actor signIn(Role role) {
		return signIn(account(role));
	}

	public Actor signIn(UserView user) {
		StaffPrincipal principal = new StaffPrincipal(user.id(), user.email(), user.displayName(), user.role());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
		return principal.actor();
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
