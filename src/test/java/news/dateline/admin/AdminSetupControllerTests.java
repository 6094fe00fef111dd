package news.dateline.admin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.system.FieldRejectedException;
import news.dateline.system.NotFoundException;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminSetupControllerTests extends AdminSliceTests {

	static final String TOKEN = "one-time-token-0123456789abcdef";

	@BeforeEach
	void setUp() {
		given(this.firstRunSetup.isOpen(TOKEN)).willReturn(true);
	}

	private MockHttpServletRequestBuilder setup(String email, String name, String password, String again) {
		return post("/admin/setup/" + TOKEN).param("email", email)
			.param("displayName", name)
			.param("password", password)
			.param("passwordAgain", again)
			.with(csrf());
	}

	@Test
	void showsTheSetupFormToAnyoneWithTheLink() throws Exception {
		this.admin.perform(get("/admin/setup/" + TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Create the first Administrator"),
					containsString("<label for=\"email\">Email</label>"),
					containsString("action=\"/admin/setup/" + TOKEN + "\""))));
	}

	@Test
	void answersAWrongOrUsedLinkWith404() throws Exception {
		this.admin.perform(get("/admin/setup/guessed")).andExpect(status().isNotFound());
		this.admin.perform(setup("a@example.com", "A", "a long password", "a long password").with((request) -> {
			request.setRequestURI("/admin/setup/guessed");
			return request;
		})).andExpect(status().isNotFound());
	}

	@Test
	void createsTheFirstAdministratorAndSendsThemToSignIn() throws Exception {
		this.admin.perform(setup("chief@example.com", "Chief", "a long password", "a long password"))
			.andExpect(redirectedUrl("/admin/login"));
		verify(this.firstRunSetup).complete(TOKEN, "chief@example.com", "Chief", "a long password");
	}

	@Test
	void asksForMatchingPasswordsAndAValidEmailBesideTheFields() throws Exception {
		expectFieldError(setup("chief@example.com", "Chief", "a long password", "another password"), "setupForm",
				"passwordAgain", "The two passwords are not the same.");
		expectFieldError(setup("chief", "Chief", "a long password", "a long password"), "setupForm", "email",
				"Please enter a valid email address");
		expectFieldError(setup("chief@example.com", "", "a long password", "a long password"), "setupForm",
				"displayName", "Please enter a name.");
		verify(this.firstRunSetup, never()).complete(anyString(), anyString(), anyString(), anyString());
	}

	@Test
	void showsATooShortPasswordBesideItsField() throws Exception {
		willThrow(new FieldRejectedException("password", "password.too-short")).given(this.firstRunSetup)
			.complete(TOKEN, "chief@example.com", "Chief", "short");
		expectFieldError(setup("chief@example.com", "Chief", "short", "short"), "setupForm", "password",
				"use at least 12 characters");
	}

	@Test
	void answersALinkUsedUpMeanwhileWith404() throws Exception {
		willThrow(new NotFoundException("setup link")).given(this.firstRunSetup)
			.complete(TOKEN, "chief@example.com", "Chief", "a long password");
		this.admin.perform(setup("chief@example.com", "Chief", "a long password", "a long password"))
			.andExpect(status().isNotFound());
	}

}
