package news.dateline.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.security.Role;
import news.dateline.source.SourceDetails;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceView;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.SlugPage;

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

class AdminSourceControllerTests extends AdminSliceTests {

	static final SourceView AP = new SourceView(3L, "ap", "AP", SourceKind.WIRE, "https://apnews.com",
			"With information from AP");

	private MockHttpServletRequestBuilder save(String name, String kind, String url, String template) {
		return form(post("/admin/sources").param("name", name)
			.param("slug", "")
			.param("kind", kind)
			.param("url", url)
			.param("attributionTemplate", template)
			.param("version", "0"), Role.EDITOR);
	}

	@Test
	void listsSourcesWithTheirKindAndCreditLine() throws Exception {
		given(this.sourceService.page(null)).willReturn(new SlugPage<>(List.of(AP), null));
		this.admin.perform(get("/admin/sources").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Wire service"), containsString("With information from AP"))));
	}

	@Test
	void addsASource() throws Exception {
		this.admin.perform(save("Reuters", "WIRE", "https://www.reuters.com", "Reporting by {name}"))
			.andExpect(redirectedUrl("/admin/sources"));
		verify(this.sourceService).create(
				new SourceDetails("Reuters", "", SourceKind.WIRE, "https://www.reuters.com", "Reporting by {name}"));
	}

	@Test
	void showsEachInvalidFieldBesideIt() throws Exception {
		expectFieldError(save("", "WIRE", "", "{name}"), "sourceForm", "name", "Please enter a name.");
		expectFieldError(save("Reuters", "CARRIER_PIGEON", "", "{name}"), "sourceForm", "kind",
				"Please choose a kind from the list.");
		expectFieldError(save("Reuters", "WIRE", "reuters.com", "{name}"), "sourceForm", "url",
				"starting with http:// or https://");
		expectFieldError(save("Reuters", "WIRE", "", " "), "sourceForm", "attributionTemplate",
				"Please enter the credit line, such as: With information from {name}");
		verify(this.sourceService, never()).create(any());
	}

	@Test
	void showsASlugInUseBesideTheSlugField() throws Exception {
		willThrow(new FieldRejectedException("slug", "slug.taken")).given(this.sourceService).create(any());
		expectFieldError(save("AP", "WIRE", "", "{name}"), "sourceForm", "slug", "Another one already has this slug.");
	}

}
