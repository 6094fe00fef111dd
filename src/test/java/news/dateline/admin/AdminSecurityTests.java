package news.dateline.admin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.test.web.servlet.MvcResult;

import news.dateline.article.ArticleService;
import news.dateline.article.CardPage;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.ModerationQueue;
import news.dateline.comment.ModerationCounts;
import news.dateline.security.LoginLockedException;
import news.dateline.security.LoginThrottledException;
import news.dateline.security.Role;
import news.dateline.security.StaffPrincipal;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminSecurityTests extends AdminSliceTests {

	@org.springframework.beans.factory.annotation.Autowired
	ArticleService articleService;

	static final StaffPrincipal MINA = new StaffPrincipal(5L, "mina@example.com", "Mina Park", Role.EDITOR);

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/comments", "/admin/users", "/admin/authors", "/admin/password",
			"/admin/audit", "/admin/settings/moderation" })
	void sendsAnonymousVisitorsToTheLoginPage(String path) throws Exception {
		this.admin.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void sendsAnonymousFormPostsToTheLoginPageWithoutActing() throws Exception {
		this.admin.perform(post("/admin/comments/7/approve").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login"));
		verifyNoInteractions(this.moderation);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/comments", "/admin/authors", "/admin/sections", "/admin/tags", "/admin/sources",
			"/admin/users", "/admin/audit", "/admin/settings/moderation" })
	void refusesContributorsAndAuthorsOutsideTheirAreaWithTheAdmin403Page(String path) throws Exception {
		for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR)) {
			this.admin.perform(get(path).with(as(role))).andExpect(status().isForbidden());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/audit", "/admin/settings/moderation" })
	void refusesEditorsTheAdministratorsArea(String path) throws Exception {
		this.admin.perform(get(path).with(as(Role.EDITOR))).andExpect(status().isForbidden());
	}

	@Test
	void letsEditorsModerateAndAdministratorsManageUsers() throws Exception {
		given(this.moderation.queue(eq(CommentStatus.PENDING), any()))
			.willReturn(new ModerationQueue(CommentStatus.PENDING, List.of(), null));
		given(this.moderation.counts()).willReturn(new ModerationCounts(0, 0, 0, 0));
		this.admin.perform(get("/admin/comments").with(as(Role.EDITOR))).andExpect(status().isOk());
		this.admin.perform(get("/admin/comments").with(as(Role.ADMINISTRATOR))).andExpect(status().isOk());
		given(this.users.list()).willReturn(List.<UserView>of());
		this.admin.perform(get("/admin/users").with(as(Role.ADMINISTRATOR))).andExpect(status().isOk());
	}

	@Test
	void refusesAdminFormsWithoutTheCsrfToken() throws Exception {
		this.admin.perform(post("/admin/comments/7/approve").with(as(Role.EDITOR))).andExpect(status().isForbidden());
		this.admin.perform(post("/admin/password").with(as(Role.CONTRIBUTOR)).param("currentPassword", "x"))
			.andExpect(status().isForbidden());
		this.admin.perform(post("/admin/login").param("email", "mina@example.com").param("password", "secret"))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.moderation, this.users, this.staffAccounts);
	}

	@Test
	void showsTheAdmin403PageWhenAServiceRefusesTheRole() throws Exception {
		given(this.moderation.counts()).willThrow(new org.springframework.security.access.AccessDeniedException("no"));
		given(this.moderation.queue(any(), any()))
			.willThrow(new org.springframework.security.access.AccessDeniedException("no"));
		this.admin.perform(get("/admin/comments").with(as(Role.EDITOR)))
			.andExpect(status().isForbidden())
			.andExpect(content()
				.string(allOf(containsString("This is not allowed"), containsString("Your role does not allow this."),
						containsString("Sam Editor"), not(containsString("Exception")))));
	}

	@Test
	void keepsPublicPagesFreeOfSessions() throws Exception {
		given(this.articleService.list(any(), any(), any())).willReturn(new CardPage(List.of(), null, null));
		MvcResult result = this.admin.perform(get("/latest")).andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
	}

	@Test
	void signsInWithANewSessionIdAndGoesToTheDashboard() throws Exception {
		given(this.staffAccounts.signIn(eq("mina@example.com"), eq("a long enough password"), anyString()))
			.willReturn(MINA);
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = this.admin
			.perform(post("/admin/login").session(session)
				.param("email", "mina@example.com")
				.param("password", "a long enough password")
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		HttpSession after = result.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(before);
	}

	@Test
	void sayPlainlyThatTheEmailOrPasswordIsWrong() throws Exception {
		given(this.staffAccounts.signIn(anyString(), anyString(), anyString()))
			.willThrow(new BadCredentialsException("bad"));
		expectLoginMessage("The email or password is not right.");
	}

	@Test
	void tellsForHowLongAnAccountIsLocked() throws Exception {
		given(this.staffAccounts.signIn(anyString(), anyString(), anyString()))
			.willThrow(new LoginLockedException(Duration.ofSeconds(90), false));
		expectLoginMessage("This account is temporarily locked after too many failed sign-ins. Try again in 2 minutes");
	}

	@Test
	void tellsHowManySecondsToWaitAfterRepeatedFailures() throws Exception {
		given(this.staffAccounts.signIn(anyString(), anyString(), anyString()))
			.willThrow(new LoginThrottledException(Duration.ofMillis(9200)));
		expectLoginMessage("Too many failed sign-ins in a row. Wait 10 seconds before you try again.");
	}

	@Test
	void tellsWhenTheClientIsLockedAndWhenADisabledAccountTriesToSignIn() throws Exception {
		given(this.staffAccounts.signIn(anyString(), anyString(), anyString()))
			.willThrow(new LoginLockedException(Duration.ofSeconds(30), true));
		expectLoginMessage(
				"Sign-in from this network is temporarily locked after too many failed attempts. Try again in 1 minute.");
		willThrow(new DisabledException("off")).given(this.staffAccounts).signIn(anyString(), anyString(), anyString());
		expectLoginMessage("This account is disabled.");
	}

	private void expectLoginMessage(String message) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.admin
			.perform(post("/admin/login").session(session)
				.param("email", "mina@example.com")
				.param("password", "wrong password!")
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login?error"));
		this.admin.perform(get("/admin/login").param("error", "").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(message), containsString("id=\"login-error\""),
					containsString("aria-describedby=\"login-error\""))));
	}

	@Test
	void showsALabelledLoginFormWithItsCsrfToken() throws Exception {
		this.admin.perform(get("/admin/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<label for=\"email\">Email</label>"),
					containsString("<label for=\"password\">Password</label>"), containsString("name=\"_csrf\""),
					not(containsString("id=\"login-error\"")))));
	}

	@Test
	void signsOutWithAPostAndSaysSo() throws Exception {
		this.admin.perform(post("/admin/logout").with(as(Role.EDITOR)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login?logout"));
		this.admin.perform(get("/admin/login").param("logout", ""))
			.andExpect(content().string(containsString("You have signed out.")));
	}

	@Test
	void showsTheSignedInMemberAndTheAreasOfTheirRoleInTheNavigation() throws Exception {
		given(this.moderation.countsForNavigation()).willReturn(Optional.of(new ModerationCounts(3, 10, 1, 0)));
		this.admin.perform(get("/admin").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sam Editor"), containsString("href=\"/admin/comments\""),
					containsString("<span class=\"visually-hidden\">3 awaiting moderation</span>"),
					containsString("href=\"/admin/tags\""), not(containsString("href=\"/admin/users\"")))));
		this.admin.perform(get("/admin").with(as(Role.CONTRIBUTOR)))
			.andExpect(content()
				.string(allOf(containsString("Sam Contributor"), not(containsString("href=\"/admin/comments\"")))));
	}

}
