package news.dateline.admin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import news.dateline.audit.AuditLog;
import news.dateline.author.AuthorService;
import news.dateline.comment.CommentModeration;
import news.dateline.comment.ModerationSettingsService;
import news.dateline.section.SectionService;
import news.dateline.security.Role;
import news.dateline.security.StaffAccounts;
import news.dateline.source.SourceService;
import news.dateline.tag.TagService;
import news.dateline.user.FirstRunSetup;
import news.dateline.user.UserService;
import news.dateline.web.WebSliceTests;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's controller slices: the shared web slice (one context, services mocked
 * there), with the mocks at hand and helpers to act as a staff member of a given role.
 */
abstract class AdminSliceTests extends WebSliceTests {

	@Autowired
	MockMvc admin;

	@Autowired
	StaffAccounts staffAccounts;

	@Autowired
	UserService users;

	@Autowired
	FirstRunSetup firstRunSetup;

	@Autowired
	CommentModeration moderation;

	@Autowired
	ModerationSettingsService moderationSettings;

	@Autowired
	AuditLog audit;

	@Autowired
	AuthorService authorService;

	@Autowired
	SectionService sectionService;

	@Autowired
	TagService tagService;

	@Autowired
	SourceService sourceService;

	/** Signed in with the given role (the name shows in the admin bar). */
	static RequestPostProcessor as(Role role) {
		return user("Sam " + role.name().charAt(0) + role.name().substring(1).toLowerCase())
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority()));
	}

	/** A form post by a signed-in member, with the CSRF token. */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Role role) {
		return request.with(as(role)).with(csrf());
	}

	/**
	 * Expects the form page again with 422, the message beside the field and the field
	 * marked.
	 */
	ResultActions expectFieldError(RequestBuilder request, String form, String field, String message) throws Exception {
		return this.admin.perform(request)
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors(form, field))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("aria-describedby=\"" + field + "-error\"")));
	}

}
