package news.dateline.admin;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleRejectedException;
import news.dateline.article.BodyPreview;
import news.dateline.media.MediaService;
import news.dateline.media.MediaUpload;
import news.dateline.system.FieldRejectedException;
import news.dateline.tag.TagSuggestions;
import news.dateline.web.WebSliceTests;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor script's helpers: the live preview, images dropped into the body, and tag
 * type-ahead.
 */
@WithMockUser(roles = "CONTRIBUTOR")
class AdminEditorHelpersControllerTests extends WebSliceTests {

	static final byte[] BYTES = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3 };

	@Autowired
	MockMvc mvc;

	@Autowired
	BodyPreview preview;

	@Autowired
	MediaService media;

	@Autowired
	TagSuggestions tags;

	@BeforeEach
	void setUpMedia() {
		given(this.media.maxFileBytes()).willReturn(10L * 1024 * 1024);
		given(this.media.view(12L)).willReturn(AdminMediaControllerTests.HARBOUR);
	}

	@Test
	void rendersThePostedBodyThroughTheServersRenderer() throws Exception {
		given(this.preview.render("**Seúl** — «hoy»", "Seúl")).willReturn(
				new BodyPreview.Rendered("<p><span class=\"dateline\">SEÚL.-</span> <strong>Seúl</strong></p>"));
		this.mvc
			.perform(post("/admin/articles/render").with(csrf())
				.param("body", "**Seúl** — «hoy»")
				.param("datelineCity", "Seúl"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(jsonPath("$.html").value(containsString("<strong>Seúl</strong>")));
	}

	@Test
	void refusesAPreviewWithoutTheCsrfTokenOrTooLong() throws Exception {
		this.mvc.perform(post("/admin/articles/render").param("body", "x")).andExpect(status().isForbidden());
		given(this.preview.render(any(), any()))
			.willThrow(new ArticleRejectedException("body", "Size.articleForm.body"));
		this.mvc.perform(post("/admin/articles/render").with(csrf()).param("body", "x"))
			.andExpect(status().isPayloadTooLarge());
	}

	@Test
	@WithAnonymousUser
	void keepsTheHelpersForStaff() throws Exception {
		this.mvc.perform(post("/admin/articles/render").with(csrf()).param("body", "x"))
			.andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(get("/admin/suggest/tags").param("q", "co")).andExpect(redirectedUrl("/admin/login"));
		verifyNoInteractions(this.preview, this.tags);
	}

	@Test
	void keepsADroppedImageInTheLibraryWithItsAltText() throws Exception {
		given(this.media.upload(any())).willReturn(12L);
		this.mvc
			.perform(multipart("/admin/media/drop").file(new MockMultipartFile("file", "부산.jpg", "image/jpeg", BYTES))
				.param("alt", " Barcos en el puerto de Busan 🚢 ")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value(AdminMediaControllerTests.HARBOUR.url()))
			.andExpect(jsonPath("$.alt").value("Barcos en el puerto de Busan 🚢"));
		verify(this.media).upload(argThat((MediaUpload upload) -> upload.originalName().equals("부산.jpg")
				&& upload.details().alt().contains("Busan")));
	}

	@Test
	void refusesADroppedImageWithoutAltTextOrThatIsNoImage() throws Exception {
		this.mvc
			.perform(multipart("/admin/media/drop").file(new MockMultipartFile("file", "x.jpg", "image/jpeg", BYTES))
				.param("alt", "")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").isNotEmpty());
		given(this.media.upload(any())).willThrow(new FieldRejectedException("file", "media.file.unreadable"));
		this.mvc
			.perform(multipart("/admin/media/drop").file(new MockMultipartFile("file", "x.txt", "text/plain", BYTES))
				.param("alt", "Text")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").isNotEmpty());
	}

	@Test
	void suggestsExistingTagNames() throws Exception {
		given(this.tags.startingWith("co")).willReturn(List.of("Corea del Norte", "Corée"));
		this.mvc.perform(get("/admin/suggest/tags").param("q", "co"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value("Corea del Norte"))
			.andExpect(jsonPath("$[1]").value("Corée"));
	}

}
