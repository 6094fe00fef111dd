package news.dateline.admin;

import org.junit.jupiter.api.Test;

import news.dateline.notification.ModerationMail;
import news.dateline.security.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NotificationControllerTests extends AdminSliceTests {

	@Test
	void showsTheModeratorsOwnChoiceAmongTheThree() throws Exception {
		given(this.moderatorNotifications.own()).willReturn(ModerationMail.HOURLY);

		this.admin.perform(get("/admin/notifications").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<legend>Moderation mail</legend>")))
			.andExpect(content().string(matchesRegex("(?s).*value=\"HOURLY\"[^>]*checked=\"checked\".*")))
			.andExpect(content().string(containsString("value=\"AT_ONCE\"")))
			.andExpect(content().string(containsString("An hourly summary (none when nothing arrived)")));
	}

	@Test
	void savesTheChoiceAndShowsThePageAgain() throws Exception {
		this.admin.perform(form(post("/admin/notifications").param("moderation", "AT_ONCE"), Role.EDITOR))
			.andExpect(redirectedUrl("/admin/notifications"));

		verify(this.moderatorNotifications).choose(ModerationMail.AT_ONCE);
	}

	@Test
	void refusesAPostWithoutTheCsrfToken() throws Exception {
		this.admin.perform(post("/admin/notifications").param("moderation", "AT_ONCE").with(as(Role.EDITOR)))
			.andExpect(status().isForbidden());

		verify(this.moderatorNotifications, never()).choose(any());
	}

	@Test
	void answersAChoiceNotAmongTheThreeBesideTheField() throws Exception {
		expectFieldError(form(post("/admin/notifications").param("moderation", "EVERY_MINUTE"), Role.EDITOR),
				"notificationForm", "moderation", "Please choose one of the three.");
		expectFieldError(form(post("/admin/notifications"), Role.EDITOR), "notificationForm", "moderation",
				"Please choose one of the three.");

		verify(this.moderatorNotifications, never()).choose(any());
	}

}
