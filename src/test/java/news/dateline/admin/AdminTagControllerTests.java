package news.dateline.admin;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.SlugPage;
import news.dateline.system.Versioned;
import news.dateline.tag.TagDetails;
import news.dateline.tag.TagSummary;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminTagControllerTests extends AdminSliceTests {

	@BeforeEach
	void setUp() {
		given(this.tagService.editing(9L)).willReturn(new Versioned<>(9L, 2, new TagDetails("Korea N", "korea-n")));
	}

	@Test
	void listsTagsWithTheirStoryCounts() throws Exception {
		given(this.tagService.page("korea"))
			.willReturn(new SlugPage<>(List.of(new TagSummary(9L, "korea-n", "Korea N", 12)), null));
		this.admin.perform(get("/admin/tags").param("after", "korea").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("href=\"/admin/tags/9\""), containsString("<td>12</td>"))));
	}

	@Test
	void renamesATag() throws Exception {
		this.admin
			.perform(form(post("/admin/tags/9").param("name", "North Korea").param("slug", "").param("version", "2"),
					Role.EDITOR))
			.andExpect(redirectedUrl("/admin/tags"));
		verify(this.tagService).rename(9L, 2L, new TagDetails("North Korea", ""));
	}

	@Test
	void mergesATagIntoAnother() throws Exception {
		this.admin.perform(form(post("/admin/tags/9/merge").param("into", "north-korea"), Role.EDITOR))
			.andExpect(redirectedUrl("/admin/tags"));
		verify(this.tagService).merge(9L, "north-korea");
	}

	@Test
	void showsEachInvalidFieldBesideIt() throws Exception {
		expectFieldError(form(post("/admin/tags/9").param("name", "").param("version", "2"), Role.EDITOR), "tagForm",
				"name", "Please enter a name.");
		expectFieldError(form(post("/admin/tags/9/merge").param("into", " "), Role.EDITOR), "tagMergeForm", "into",
				"Please enter the slug of the tag to keep.");
		willThrow(new FieldRejectedException("into", "tag.error.unknown")).given(this.tagService)
			.merge(9L, "no-such-tag");
		expectFieldError(form(post("/admin/tags/9/merge").param("into", "no-such-tag"), Role.EDITOR), "tagMergeForm",
				"into", "No tag has this slug.")
			.andExpect(content().string(containsString("value=\"Korea N\"")));
		verify(this.tagService, never()).rename(anyLong(), anyLong(), any());
		verify(this.tagService, never()).merge(anyLong(), org.mockito.ArgumentMatchers.eq(" "));
		verify(this.tagService, never()).merge(anyLong(), org.mockito.ArgumentMatchers.eq(""));
	}

}
