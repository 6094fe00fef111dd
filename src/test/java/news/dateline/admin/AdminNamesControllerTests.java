package news.dateline.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.author.AuthorService;
import news.dateline.section.SectionService;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.LocalisedName;
import news.dateline.web.WebSliceTests;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
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

@WithMockUser(roles = "EDITOR")
class AdminNamesControllerTests extends WebSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SectionService sections;

	@Autowired
	AuthorService authors;

	@Test
	void showsASectionsSpanishNames() throws Exception {
		given(this.sections.translations(3L))
			.willReturn(List.of(new LocalisedName(3L, "es", "Mundo — «global» 🌍", "mundo", "Noticias del mundo")));
		this.mvc.perform(get("/admin/sections/3/names/es"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Names in Spanish"),
					containsString("value=\"Mundo &mdash; &laquo;global&raquo; 🌍\""),
					containsString("Noticias del mundo"), containsString("action=\"/admin/sections/3/names/es\""),
					containsString("name=\"_csrf\""))));
	}

	@Test
	void eachFormShowsOnlyItsOwnFields() throws Exception {
		given(this.sections.translations(3L)).willReturn(List.of());
		this.mvc.perform(get("/admin/sections/3/names/es"))
			.andExpect(content().string(allOf(containsString("name=\"name\""), containsString("name=\"slug\""),
					containsString(">Description<"), not(containsString(">Bio<")))));
		this.mvc.perform(get("/admin/tags/4/names/es"))
			.andExpect(content().string(allOf(containsString("name=\"name\""), containsString("name=\"slug\""),
					not(containsString("name=\"description\"")))));
		given(this.authors.bios(5L)).willReturn(Map.of("es", "Periodista en Seúl — «corresponsal» 🇰🇷"));
		this.mvc.perform(get("/admin/authors/5/bio/es"))
			.andExpect(content().string(allOf(containsString("Bio in Spanish"), containsString("Back to the author"),
					containsString(">Bio<"),
					containsString("Periodista en Se&uacute;l &mdash; &laquo;corresponsal&raquo; 🇰🇷"),
					containsString("action=\"/admin/authors/5/bio/es\""), not(containsString(">Description<")),
					not(containsString("name=\"slug\"")))));
	}

	@Test
	void aSlugTakenInTheLanguageIsRefusedBesideTheField() throws Exception {
		willThrow(new FieldRejectedException("slug", "slug.taken")).given(this.sections)
			.translate(3L, "es", "Deportes", "mundo", "");
		this.mvc
			.perform(post("/admin/sections/3/names/es").with(csrf())
				.param("name", "Deportes")
				.param("slug", "mundo")
				.param("description", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"slug-error\""),
					containsString("Another one already has this slug."), containsString("value=\"Deportes\""))));
	}

	@Test
	void savesAndGoesBackToTheSection() throws Exception {
		this.mvc.perform(post("/admin/sections/3/names/es").param("name", "Mundo")).andExpect(status().isForbidden());
		verify(this.sections, never()).translate(any(), any(), any(), any(), any());
		this.mvc.perform(post("/admin/sections/3/names/es").with(csrf()).param("name", "Mundo").param("slug", ""))
			.andExpect(redirectedUrl("/admin/sections/3"));
		verify(this.sections).translate(3L, "es", "Mundo", "", null);
	}

}
