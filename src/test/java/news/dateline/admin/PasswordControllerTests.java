package news.dateline.admin;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PasswordControllerTests extends AdminSliceTests {

	private MockHttpServletRequestBuilder change(String current, String next, String again) {
		return form(post("/admin/password").param("currentPassword", current)
			.param("newPassword", next)
			.param("newPasswordAgain", again), Role.CONTRIBUTOR);
	}

	@Test
	void everyMemberReachesTheirPasswordPage() throws Exception {
		this.admin.perform(get("/admin/password").with(as(Role.CONTRIBUTOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"currentPassword\">Current password</label>")));
	}

	@Test
	void changesThePasswordAndGoesToTheDashboard() throws Exception {
		this.admin.perform(change("old password!", "a brand new password", "a brand new password"))
			.andExpect(redirectedUrl("/admin"));
		verify(this.users).changeOwnPassword("old password!", "a brand new password");
	}

	@Test
	void asksForEachFieldAndAMatchingRepeat() throws Exception {
		expectFieldError(change("", "a brand new password", "a brand new password"), "passwordChangeForm",
				"currentPassword", "Please enter your current password.");
		expectFieldError(change("old password!", "", ""), "passwordChangeForm", "newPassword",
				"Please enter a new password.");
		expectFieldError(change("old password!", "a brand new password", "a brand new passw0rd"), "passwordChangeForm",
				"newPasswordAgain", "The two passwords are not the same.");
		verify(this.users, never()).changeOwnPassword(anyString(), anyString());
	}

	@Test
	void showsAWrongCurrentPasswordBesideItsField() throws Exception {
		willThrow(new FieldRejectedException("currentPassword", "password.error.current")).given(this.users)
			.changeOwnPassword("wrong", "a brand new password");
		expectFieldError(change("wrong", "a brand new password", "a brand new password"), "passwordChangeForm",
				"currentPassword", "That is not your current password.");
	}

}
