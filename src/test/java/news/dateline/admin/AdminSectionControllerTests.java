package news.dateline.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.section.SectionDetails;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.Versioned;

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

class AdminSectionControllerTests extends AdminSliceTests {

	private MockHttpServletRequestBuilder save(String path, String name, String slug, String description,
			String position) {
		return form(post(path).param("name", name)
			.param("slug", slug)
			.param("description", description)
			.param("position", position)
			.param("version", "0"), Role.EDITOR);
	}

	@Test
	void listsSectionsInNavigationOrder() throws Exception {
		given(this.sectionService.forEditing())
			.willReturn(List.of(new Versioned<>(2L, 0, new SectionDetails("World", "world", "International", 1))));
		this.admin.perform(get("/admin/sections").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("href=\"/admin/sections/2\""), containsString("International"))));
	}

	@Test
	void addsASection() throws Exception {
		this.admin.perform(save("/admin/sections", "Science", "", "Discoveries", "4"))
			.andExpect(redirectedUrl("/admin/sections"));
		verify(this.sectionService).create(new SectionDetails("Science", "", "Discoveries", 4));
	}

	@Test
	void showsEachInvalidFieldBesideIt() throws Exception {
		expectFieldError(save("/admin/sections", "", "", "", "1"), "sectionForm", "name", "Please enter a name.");
		expectFieldError(save("/admin/sections", "Science", "", "d".repeat(1001), "1"), "sectionForm", "description",
				"at most 1,000 characters");
		expectFieldError(save("/admin/sections", "Science", "", "", "first"), "sectionForm", "position",
				"Please enter a whole number.");
		expectFieldError(save("/admin/sections", "Science", "", "", "-1"), "sectionForm", "position",
				"The order cannot be below 0.");
		expectFieldError(save("/admin/sections", "Science", "", "", ""), "sectionForm", "position",
				"Please enter the order");
		verify(this.sectionService, never()).create(any());
	}

	@Test
	void showsABadSlugBesideTheSlugField() throws Exception {
		willThrow(new FieldRejectedException("slug", "slug.invalid")).given(this.sectionService).create(any());
		expectFieldError(save("/admin/sections", "Science", "Science!", "", "1"), "sectionForm", "slug",
				"Use lower-case letters, digits and single hyphens only");
	}

}
