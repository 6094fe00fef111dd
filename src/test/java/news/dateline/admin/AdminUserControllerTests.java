package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;
import news.dateline.user.NewStaffUser;
import news.dateline.user.UserView;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminUserControllerTests extends AdminSliceTests {

	static final Instant CREATED = Instant.parse("2026-06-01T08:00:00Z");

	static final UserView MINA = new UserView(5L, "mina@example.com", "Mina Park", Role.EDITOR, true,
			Instant.parse("2026-06-20T09:02:00Z"), null, null, CREATED, null);

	@BeforeEach
	void setUp() {
		given(this.users.get(5L)).willReturn(MINA);
	}

	private MockHttpServletRequestBuilder create(String email, String name, String role, String password) {
		return form(post("/admin/users").param("email", email)
			.param("displayName", name)
			.param("role", role)
			.param("password", password)
			.param("authorId", ""), Role.ADMINISTRATOR);
	}

	@Test
	void listsTheStaffWithRoleAccessAndLockout() throws Exception {
		given(this.users.list()).willReturn(List.of(MINA));
		this.admin.perform(get("/admin/users").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/admin/users/5\""), containsString("Mina Park"),
					containsString("mina@example.com"), containsString("Editor"), containsString("locked until"),
					containsString("What each role may do"), containsString("Writes their own drafts"))));
	}

	@Test
	void createsAnAccountAndShowsIt() throws Exception {
		given(this.users.create(any())).willReturn(MINA);
		this.admin.perform(create("mina@example.com", "Mina Park", "EDITOR", "a long password"))
			.andExpect(redirectedUrl("/admin/users/5"));
		verify(this.users)
			.create(new NewStaffUser("mina@example.com", "Mina Park", Role.EDITOR, "a long password", null));
	}

	@Test
	void asksForEachMissingFieldBesideIt() throws Exception {
		expectFieldError(create("", "Mina", "EDITOR", "a long password"), "newUserForm", "email",
				"Please enter an email address.");
		expectFieldError(create("mina@", "Mina", "EDITOR", "a long password"), "newUserForm", "email",
				"Please enter a valid email address");
		expectFieldError(create("mina@example.com", " ", "EDITOR", "a long password"), "newUserForm", "displayName",
				"Please enter a name.");
		expectFieldError(create("mina@example.com", "n".repeat(121), "EDITOR", "a long password"), "newUserForm",
				"displayName", "at most 120 characters");
		expectFieldError(create("mina@example.com", "Mina", "OWNER", "a long password"), "newUserForm", "role",
				"Please choose a role from the list.");
		verify(this.users, never()).create(any());
	}

	@Test
	void emptyFirstPasswordInvitesTheMemberByMail() throws Exception {
		given(this.users.create(any())).willReturn(MINA);
		this.admin.perform(create("mina@example.com", "Mina Park", "EDITOR", ""))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/admin/users/5"));
		verify(this.users)
			.create(new news.dateline.user.NewStaffUser("mina@example.com", "Mina Park", Role.EDITOR, "", null));
	}

	@Test
	void showsTheServicesRefusalsBesideTheirFieldsKeepingTheInput() throws Exception {
		willThrow(new FieldRejectedException("password", "password.too-short")).given(this.users).create(any());
		expectFieldError(create("mina@example.com", "Mina Park", "EDITOR", "short"), "newUserForm", "password",
				"This password is too short: use at least 12 characters.")
			.andExpect(content()
				.string(allOf(containsString("value=\"mina@example.com\""), not(containsString("value=\"short\"")))));
		willThrow(new FieldRejectedException("email", "user.error.email-taken")).given(this.users).create(any());
		expectFieldError(create("mina@example.com", "Mina Park", "EDITOR", "a long password"), "newUserForm", "email",
				"Another account has this email address.");
	}

	@Test
	void changesARoleAndSaysWhenTheLastAdministratorMustStay() throws Exception {
		this.admin.perform(form(post("/admin/users/5/role").param("role", "AUTHOR"), Role.ADMINISTRATOR))
			.andExpect(redirectedUrl("/admin/users/5"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=user.role-changed"))));
		verify(this.users).changeRole(5L, Role.AUTHOR);
		willThrow(new RuleViolationException("user.error.last-administrator")).given(this.users).setEnabled(5L, false);
		this.admin.perform(form(post("/admin/users/5/disable"), Role.ADMINISTRATOR))
			.andExpect(redirectedUrl("/admin/users/5"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=user.error.last-administrator"))));
	}

	@Test
	void unlocksAndEnablesAnAccount() throws Exception {
		this.admin.perform(form(post("/admin/users/5/unlock"), Role.ADMINISTRATOR))
			.andExpect(redirectedUrl("/admin/users/5"));
		verify(this.users).unlock(5L);
		this.admin.perform(form(post("/admin/users/5/enable"), Role.ADMINISTRATOR))
			.andExpect(redirectedUrl("/admin/users/5"));
		verify(this.users).setEnabled(5L, true);
	}

	@Test
	void showsAnAccountWithItsUnlockButtonWhileLocked() throws Exception {
		this.admin.perform(get("/admin/users/5").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"/admin/users/5/unlock\""),
					containsString("<option value=\"EDITOR\" selected=\"selected\">Editor</option>"),
					containsString("action=\"/admin/users/5/disable\""))));
	}

	@Test
	void setsANewPasswordOrSaysWhyNot() throws Exception {
		expectFieldError(form(post("/admin/users/5/password").param("password", ""), Role.ADMINISTRATOR),
				"passwordResetForm", "password", "Please enter a password.");
		willThrow(new FieldRejectedException("password", "password.too-short")).given(this.users)
			.resetPassword(5L, "short one");
		expectFieldError(form(post("/admin/users/5/password").param("password", "short one"), Role.ADMINISTRATOR),
				"passwordResetForm", "password", "too short");
		this.admin
			.perform(form(post("/admin/users/5/password").param("password", "a long new password"), Role.ADMINISTRATOR))
			.andExpect(redirectedUrl("/admin/users/5"));
		verify(this.users).resetPassword(5L, "a long new password");
	}

	@Test
	void changesTheNameAndBylineOrSaysWhyNot() throws Exception {
		expectFieldError(form(post("/admin/users/5/profile").param("displayName", ""), Role.ADMINISTRATOR),
				"profileForm", "displayName", "Please enter a name.");
		willThrow(new FieldRejectedException("authorId", "user.error.author-unknown")).given(this.users)
			.updateProfile(5L, "Mina", 99L);
		expectFieldError(form(post("/admin/users/5/profile").param("displayName", "Mina").param("authorId", "99"),
				Role.ADMINISTRATOR), "profileForm", "authorId", "Please choose a byline from the list.");
	}

}
