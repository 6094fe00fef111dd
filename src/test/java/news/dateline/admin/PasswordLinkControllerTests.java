package news.dateline.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.user.PasswordLinks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PasswordLinkControllerTests extends AdminSliceTests {

	@Autowired
	PasswordLinks links;

	@Test
	void forgotPasswordPageIsOpenToSignedOutStaff() throws Exception {
		this.admin.perform(get("/admin/password/forgot"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Forgot your password?")));
	}

	@Test
	void answersTheSameWhetherOrNotTheAccountExists() throws Exception {
		String known = this.admin
			.perform(post("/admin/password/forgot").param("email", "editor@example.com").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.admin
			.perform(post("/admin/password/forgot").param("email", "nobody@example.com").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertSamePage(known.replace("editor@example.com", ""), unknown.replace("nobody@example.com", ""));
		verify(this.links).requestReset("editor@example.com");
		verify(this.links).requestReset("nobody@example.com");
	}

	private static void assertSamePage(String a, String b) {
		org.assertj.core.api.Assertions.assertThat(a.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
			.isEqualTo(b.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
	}

	@Test
	void refusesAMalformedAddressBesideTheField() throws Exception {
		expectFieldError(
				post("/admin/password/forgot").param("email", "not an address\r\nBcc: x@example.com").with(csrf()),
				"forgotPasswordForm", "email", "");
		verify(this.links, never()).requestReset(anyString());
	}

	@Test
	void forgedOrSpentLinkGetsAClearPage() throws Exception {
		this.admin.perform(get("/admin/password/reset").param("token", "forged"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link no longer works")))
			.andExpect(content().string(not(containsString("Exception"))));
		this.admin.perform(get("/admin/password/reset")).andExpect(status().isGone());
	}

	@Test
	void setsThePasswordFromAUsableLink() throws Exception {
		given(this.links.isUsable("good-token")).willReturn(true);
		this.admin.perform(get("/admin/password/reset").param("token", "good-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"good-token\"")));
		this.admin
			.perform(post("/admin/password/reset").param("token", "good-token")
				.param("password", "a fresh long password")
				.param("passwordAgain", "a fresh long password")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/login"));
		verify(this.links).setPassword("good-token", "a fresh long password");
	}

	@Test
	void asksForMatchingPasswords() throws Exception {
		given(this.links.isUsable("good-token")).willReturn(true);
		expectFieldError(post("/admin/password/reset").param("token", "good-token")
			.param("password", "a fresh long password")
			.param("passwordAgain", "another long password")
			.with(csrf()), "passwordLinkForm", "passwordAgain", "The two passwords are not the same.");
		verify(this.links, never()).setPassword(anyString(), anyString());
	}

}
