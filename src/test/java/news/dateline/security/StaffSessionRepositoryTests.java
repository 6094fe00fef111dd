package news.dateline.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

class StaffSessionRepositoryTests {

	static final StaffPrincipal MINA = new StaffPrincipal(5L, "mina@example.com", "Mina Park", Role.EDITOR);

	/** The accounts as the database has them now. */
	final Map<Long, StaffPrincipal> stored = new HashMap<>();

	final StaffSessionRepository repository = new StaffSessionRepository(new StaffAccounts() {

		@Override
		public StaffPrincipal signIn(String email, String password, String clientAddress) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<StaffPrincipal> current(Long userId) {
			return Optional.ofNullable(StaffSessionRepositoryTests.this.stored.get(userId));
		}

	});

	private SecurityContext afterSignInAs(StaffPrincipal principal) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		this.repository.saveContext(
				new SecurityContextImpl(
						UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities())),
				request, new MockHttpServletResponse());
		MockHttpServletRequest next = new MockHttpServletRequest();
		next.setSession(request.getSession());
		return this.repository.loadDeferredContext(next).get();
	}

	@Test
	void keepsTheSignInWhileTheAccountIsUnchanged() {
		this.stored.put(5L, MINA);
		assertThat(afterSignInAs(MINA).getAuthentication().getPrincipal()).isEqualTo(MINA);
	}

	@Test
	void signsOutAnAccountThatWasDisabledMeanwhile() {
		assertThat(afterSignInAs(MINA).getAuthentication()).isNull();
	}

	@Test
	void appliesARoleChangedMeanwhileAtOnce() {
		this.stored.put(5L, new StaffPrincipal(5L, "mina@example.com", "Mina Park", Role.CONTRIBUTOR));
		SecurityContext context = afterSignInAs(MINA);
		assertThat(((StaffPrincipal) context.getAuthentication().getPrincipal()).role()).isEqualTo(Role.CONTRIBUTOR);
		assertThat(context.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_CONTRIBUTOR");
	}

}
