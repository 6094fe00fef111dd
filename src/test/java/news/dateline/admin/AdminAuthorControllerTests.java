package news.dateline.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.author.Author;
import news.dateline.author.AuthorDetails;
import news.dateline.author.AuthorLink;
import news.dateline.author.AuthorView;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.SlugPage;
import news.dateline.system.Versioned;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminAuthorControllerTests extends AdminSliceTests {

	static final AuthorView TARUN = new AuthorView(7L, "tarun-kumar", "Tarun Kumar", "Bio.", null,
			List.of("news", "showbiz", "technology", "travel", "food"), List.of());

	private MockHttpServletRequestBuilder save(String path, String name, String slug, String photo, String beats,
			String links) {
		return form(post(path).param("name", name)
			.param("slug", slug)
			.param("bio", "Reports on the peninsula.")
			.param("photoUrl", photo)
			.param("beats", beats)
			.param("links", links)
			.param("version", "3"), Role.EDITOR);
	}

	@Test
	void listsBylinesAPageAtATime() throws Exception {
		given(this.authorService.page(null)).willReturn(new SlugPage<>(List.of(TARUN), "tarun-kumar"));
		this.admin.perform(get("/admin/authors").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/admin/authors/7\""),
					containsString("news, showbiz, technology, travel, food"),
					containsString("href=\"/admin/authors?after=tarun-kumar\""))));
	}

	@Test
	void addsABylineWithBeatsAndLinks() throws Exception {
		this.admin
			.perform(save("/admin/authors", "Jae Kim", "", "https://example.org/jae.jpg", "politics, Seoul ",
					"Mastodon | https://example.social/@jae\n\nSite|https://jae.example"))
			.andExpect(redirectedUrl("/admin/authors"));
		verify(this.authorService)
			.create(new AuthorDetails("Jae Kim", "", "Reports on the peninsula.", "https://example.org/jae.jpg",
					List.of("politics", "Seoul"), List.of(new AuthorLink("Mastodon", "https://example.social/@jae"),
							new AuthorLink("Site", "https://jae.example"))));
	}

	@Test
	void editsABylineCarryingItsVersion() throws Exception {
		given(this.authorService.editing(7L)).willReturn(new Versioned<>(7L, 3, new AuthorDetails("Tarun Kumar",
				"tarun-kumar", "Bio", null, List.of("news"), List.of(new AuthorLink("Site", "https://t.example")))));
		this.admin.perform(get("/admin/authors/7").with(as(Role.EDITOR)))
			.andExpect(content().string(allOf(containsString("name=\"version\" value=\"3\""),
					containsString("Site | https://t.example"), containsString("action=\"/admin/authors/7\""))));
		this.admin.perform(save("/admin/authors/7", "Tarun Kumar", "tarun-kumar", "", "news", ""))
			.andExpect(redirectedUrl("/admin/authors"));
		verify(this.authorService).update(eq(7L), eq(3L), any());
	}

	@Test
	void showsEachInvalidFieldBesideIt() throws Exception {
		expectFieldError(save("/admin/authors", " ", "", "", "", ""), "authorForm", "name", "Please enter a name.");
		expectFieldError(save("/admin/authors", "Jae", "s".repeat(81), "", "", ""), "authorForm", "slug",
				"This slug is too long: at most 80 characters.");
		expectFieldError(save("/admin/authors", "Jae", "", "ftp://x", "", ""), "authorForm", "photoUrl",
				"starting with http:// or https://");
		expectFieldError(save("/admin/authors", "Jae", "", "", "b".repeat(81), ""), "authorForm", "beats",
				"Each beat can have at most 80 characters.");
		expectFieldError(save("/admin/authors", "Jae", "", "", "", "just a line"), "authorForm", "links",
				"Label | https://example.org");
		verify(this.authorService, never()).create(any());
	}

	@Test
	void showsASlugInUseBesideTheSlugField() throws Exception {
		willThrow(new FieldRejectedException("slug", "slug.taken")).given(this.authorService).create(any());
		expectFieldError(save("/admin/authors", "Jae Kim", "tarun-kumar", "", "", ""), "authorForm", "slug",
				"Another one already has this slug.")
			.andExpect(content().string(containsString("value=\"Jae Kim\"")));
	}

	@Test
	void answersASaveOverSomeoneElsesChangeWith409() throws Exception {
		willThrow(new ObjectOptimisticLockingFailureException(Author.class, 7L)).given(this.authorService)
			.update(anyLong(), anyLong(), any());
		this.admin.perform(save("/admin/authors/7", "Tarun Kumar", "tarun-kumar", "", "", ""))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this while you were editing it")));
	}

}
