package news.dateline.quality;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Text where an admin form expects a number, a choice from a list or yes/no: the form
 * comes back (422) with a message in the editor's words beside the field (or, for the
 * hidden version, at the top of the form), never the converter's "Failed to convert
 * java.lang.String ..." text.
 */
@DatabaseTest
class AdminTypedFieldTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	RequestPostProcessor administrator;

	@BeforeEach
	void setUp() {
		this.administrator = AdminPagesValidityTests.as(this.staff.account(Role.ADMINISTRATOR));
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private String refused(String path, Map<String, String> fields, String field, String value) throws Exception {
		Map<String, String> values = new LinkedHashMap<>(fields);
		values.put(field, value);
		MockHttpServletRequestBuilder request = post(path).with(this.administrator).with(csrf());
		values.forEach(request::param);
		MvcResult result = this.mvc.perform(request).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as("%s %s=%s", path, field, value).isEqualTo(422);
		assertThat(body).doesNotContain("java.lang", "Failed to convert", "NumberFormat", "typeMismatch");
		return body;
	}

	@Test
	void aSectionPositionThatIsNotANumberIsAnsweredBesideTheField() throws Exception {
		Map<String, String> section = Map.of("name", "Opinion", "slug", "", "description", "", "position", "3",
				"version", "0");
		assertThat(refused("/admin/sections", section, "position", "third"))
			.contains("<span id=\"position-error\" class=\"field__error\">Please enter a whole number.</span>");
		assertThat(refused("/admin/sections", section, "position", "99999999999999999999999"))
			.contains("Please enter a whole number.");
	}

	@Test
	void aDamagedVersionIsAnsweredAtTheTopOfTheForm() throws Exception {
		String expected = "This form was damaged on its way here. Reload the page and make your change again.";
		assertThat(refused("/admin/sections", Map.of("name", "Opinion", "position", "3"), "version", "abc"))
			.contains(expected);
		assertThat(refused("/admin/authors", Map.of("name", "Ana Lee"), "version", "1.5")).contains(expected);
		assertThat(refused("/admin/sources",
				Map.of("name", "Reuters", "kind", "WIRE", "attributionTemplate", "With information from {name}"),
				"version", "' OR '1'='1"))
			.contains(expected);
	}

	@Test
	void aSourceKindOutsideTheListIsAnsweredBesideTheField() throws Exception {
		assertThat(refused("/admin/sources", Map.of("name", "Reuters", "attributionTemplate", "x", "version", "0"),
				"kind", "TELEGRAPH"))
			.contains("<span id=\"kind-error\" class=\"field__error\">Please choose a kind from the list.</span>");
	}

	@Test
	void moderationSettingsThatAreNotNumbersOrYesOrNoAreAnsweredBesideTheirFields() throws Exception {
		Map<String, String> settings = Map.of("holdFirstTimeCommenters", "true", "maxLinksBeforeHold", "2",
				"bannedWords", "", "floodGapSeconds", "15", "minimumTimeOnPageSeconds", "3", "closeAfterDays", "0");
		assertThat(refused("/admin/settings/moderation", settings, "floodGapSeconds", "fifteen"))
			.contains("Please enter a whole number.");
		assertThat(refused("/admin/settings/moderation", settings, "holdFirstTimeCommenters", "perhaps"))
			.contains("Please choose yes or no.");
	}

	@Test
	void aNewMembersRoleOrBylineOutsideTheListIsAnsweredBesideTheField() throws Exception {
		Map<String, String> member = Map.of("email", TestData.unique("new") + "@example.com", "displayName",
				"New Member", "role", "CONTRIBUTOR", "password", "a long enough password for this");
		assertThat(refused("/admin/users", member, "role", "OWNER")).contains("Please choose a role from the list.");
		assertThat(refused("/admin/users", member, "authorId", "abc"))
			.contains("Please choose a byline from the list.");
	}

}
