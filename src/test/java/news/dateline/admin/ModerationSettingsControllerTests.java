package news.dateline.admin;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.comment.ModerationSettings;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ModerationSettingsControllerTests extends AdminSliceTests {

	static final ModerationSettings DEFAULTS = new ModerationSettings(true, 2, List.of("viagra", "casino bonus"),
			Duration.ofSeconds(15), Duration.ofSeconds(3), 0, 5);

	@BeforeEach
	void setUp() {
		given(this.moderationSettings.current()).willReturn(DEFAULTS);
	}

	private MockHttpServletRequestBuilder save(String links, String banned, String flood, String closeAfter) {
		return form(post("/admin/settings/moderation").param("holdFirstTimeCommenters", "true")
			.param("maxLinksBeforeHold", links)
			.param("bannedWords", banned)
			.param("floodGapSeconds", flood)
			.param("minimumTimeOnPageSeconds", "3")
			.param("closeAfterDays", closeAfter), Role.ADMINISTRATOR);
	}

	@Test
	void showsTheSettingsInForceWithTheBannedWordsOnePerLine() throws Exception {
		this.admin.perform(get("/admin/settings/moderation").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("viagra\ncasino bonus</textarea>"), containsString("These are the defaults"),
							containsString("checked=\"checked\""), containsString("id=\"holdFirstTimeCommenters1\""),
							containsString("<label for=\"holdFirstTimeCommenters1\">"))));
	}

	@Test
	void savesTheSettingsKeepingTheReplyDepth() throws Exception {
		this.admin.perform(save("3", "widgets\r\n\r\ncheap pills", "30", "14"))
			.andExpect(redirectedUrl("/admin/settings/moderation"));
		verify(this.moderationSettings).update(new ModerationSettings(true, 3, List.of("widgets", "cheap pills"),
				Duration.ofSeconds(30), Duration.ofSeconds(3), 14, 5));
	}

	@Test
	void showsEachInvalidFieldBesideIt() throws Exception {
		expectFieldError(save("-1", "", "15", "0"), "moderationSettingsForm", "maxLinksBeforeHold",
				"Please enter a number of at least 0.");
		expectFieldError(save("2", "", "many", "0"), "moderationSettingsForm", "floodGapSeconds",
				"Please enter a whole number.");
		expectFieldError(save("2", "", "15", "99999"), "moderationSettingsForm", "closeAfterDays",
				"Please enter a number no larger than 3,650.");
		expectFieldError(save("2", "w".repeat(3501), "15", "0"), "moderationSettingsForm", "bannedWords",
				"The list is too long: at most 3,500 characters.");
		verify(this.moderationSettings, never()).update(any());
	}

	@Test
	void showsTheServicesRefusalBesideTheList() throws Exception {
		willThrow(new FieldRejectedException("bannedWords", "moderation.error.too-long")).given(this.moderationSettings)
			.update(any());
		expectFieldError(save("2", "widgets", "15", "0"), "moderationSettingsForm", "bannedWords",
				"The banned words are too many to store");
	}

	@Test
	void goesBackToTheDefaults() throws Exception {
		this.admin.perform(form(post("/admin/settings/moderation/reset"), Role.ADMINISTRATOR))
			.andExpect(redirectedUrl("/admin/settings/moderation"));
		verify(this.moderationSettings).reset();
	}

}
