package news.dateline.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SecurityContextCurrentActorTests {

	final CurrentActor currentActor = new SecurityContextCurrentActor();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void actsForTheSignedInStaffMember() {
		StaffPrincipal mina = new StaffPrincipal(5L, "mina@example.com", "Mina Park", Role.EDITOR);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(mina, null, mina.authorities()));
		assertThat(this.currentActor.find()).contains(new Actor(5L, "Mina Park", Role.EDITOR));
		assertThat(this.currentActor.require(Role.AUTHOR).userId()).isEqualTo(5L);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.currentActor.require(Role.ADMINISTRATOR));
	}

	@Test
	void readersAndBackgroundJobsActForNobody() {
		assertThat(this.currentActor.find()).isEmpty();
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(this.currentActor.find()).isEmpty();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.currentActor::require);
	}

	@Test
	void givesOtherSignInsTheirHighestRole() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("tool", null,
					AuthorityUtils.createAuthorityList("ROLE_AUTHOR", "ROLE_EDITOR", "SOMETHING_ELSE")));
		assertThat(this.currentActor.find()).contains(new Actor(null, "tool", Role.EDITOR));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("reader", null, List.of()));
		assertThat(this.currentActor.find()).isEmpty();
	}

}
