package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import news.dateline.media.MediaDetails;
import news.dateline.media.MediaPage;
import news.dateline.media.MediaService;
import news.dateline.media.MediaUpload;
import news.dateline.media.MediaView;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;
import news.dateline.system.Versioned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminMediaControllerTests extends AdminSliceTests {

	static final String KEY = "0123456789abcdef0123456789abcdef";

	static final MediaView HARBOUR = new MediaView(12L, "harbour.jpg", "Fishing boats in Busan harbour",
			"Dawn in Busan", "AP", 1800, 1200, "JPEG", 120_000, "Sam Author", Instant.parse("2026-06-20T08:00:00Z"),
			"/media/" + KEY + "/400.jpg", 400, 267, "/media/" + KEY + "/1600.jpg");

	static final byte[] BYTES = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3 };

	@Autowired
	MediaService mediaService;

	@BeforeEach
	void setUpMedia() {
		given(this.mediaService.maxFileSize()).willReturn("10 MB");
		given(this.mediaService.maxFileBytes()).willReturn(10L * 1024 * 1024);
		given(this.mediaService.page(any(), anyInt())).willReturn(new MediaPage(List.of(HARBOUR), 1, 2, 30, ""));
		given(this.mediaService.view(12L)).willReturn(HARBOUR);
		given(this.mediaService.editing(12L)).willReturn(
				new Versioned<>(12L, 3, new MediaDetails("Fishing boats in Busan harbour", "Dawn in Busan", "AP")));
	}

	private static MockMultipartHttpServletRequestBuilder upload(String name, String alt) {
		return multipart("/admin/media").file(new MockMultipartFile("file", name, "image/png", BYTES))
			.param("alt", alt)
			.param("caption", "Dawn")
			.param("credit", "AP");
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPageAndStoresNothing() throws Exception {
		this.admin.perform(get("/admin/media")).andExpect(redirectedUrl("/admin/login"));
		this.admin.perform(upload("harbour.jpg", "Boats").with(csrf())).andExpect(status().is3xxRedirection());
		verify(this.mediaService, never()).upload(any());
	}

	@Test
	void listsImagesWithThumbnailsAndPaging() throws Exception {
		this.admin.perform(get("/admin/media").param("q", "busan").with(as(Role.CONTRIBUTOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("src=\"/media/" + KEY + "/400.jpg\""),
					containsString("alt=\"Fishing boats in Busan harbour\""), containsString("width=\"400\""),
					containsString("harbour.jpg"), containsString("30 images"), containsString("page=2"),
					not(containsString("href=\"/admin/media/new\"")))));
		verify(this.mediaService).page("busan", 1);
		this.admin.perform(get("/admin/media").with(as(Role.AUTHOR)))
			.andExpect(content().string(containsString("href=\"/admin/media/new\"")));
	}

	@Test
	void uploadPageIsForAuthorsAndUp() throws Exception {
		this.admin.perform(get("/admin/media/new").with(as(Role.CONTRIBUTOR))).andExpect(status().isForbidden());
		this.admin.perform(get("/admin/media/new").with(as(Role.AUTHOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("name=\"_csrf\""), containsString("at most 10 MB"))));
	}

	@Test
	void uploadsAndRedirectsToTheImage() throws Exception {
		given(this.mediaService.upload(any())).willReturn(12L);
		this.admin.perform(upload("../../harbour.jpg", "Boats").with(as(Role.AUTHOR)).with(csrf()))
			.andExpect(redirectedUrl("/admin/media/12"))
			.andExpect(flash().attributeExists("flash"));
		ArgumentCaptor<MediaUpload> upload = ArgumentCaptor.forClass(MediaUpload.class);
		verify(this.mediaService).upload(upload.capture());
		assertThat(upload.getValue().bytes()).isEqualTo(BYTES);
		assertThat(upload.getValue().originalName()).isEqualTo("../../harbour.jpg");
		assertThat(upload.getValue().details()).isEqualTo(new MediaDetails("Boats", "Dawn", "AP"));
	}

	@Test
	void refusesAnUploadWithoutTheCsrfToken() throws Exception {
		this.admin.perform(upload("harbour.jpg", "Boats").with(as(Role.EDITOR))).andExpect(status().isForbidden());
		verify(this.mediaService, never()).upload(any());
	}

	@Test
	void contributorsUploadIsRefusedBy403() throws Exception {
		willThrow(new AccessDeniedException("Contributor")).given(this.mediaService).upload(any());
		this.admin.perform(upload("harbour.jpg", "Boats").with(as(Role.CONTRIBUTOR)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsMissingAltTextBesideItsField() throws Exception {
		expectFieldError(upload("harbour.jpg", " ").with(as(Role.AUTHOR)).with(csrf()), "uploadForm", "alt",
				"Please describe the image for people who cannot see it.");
		verify(this.mediaService, never()).upload(any());
	}

	@Test
	void showsTheServicesRefusalOfTheFileBesideIt() throws Exception {
		willThrow(new FieldRejectedException("file", "media.file.type")).given(this.mediaService).upload(any());
		expectFieldError(upload("evil.svg", "Boats").with(as(Role.AUTHOR)).with(csrf()), "uploadForm", "file",
				"This file is not a JPEG, PNG, WebP or GIF image.");
		willThrow(new FieldRejectedException("file", "media.file.too-large")).given(this.mediaService).upload(any());
		expectFieldError(upload("huge.jpg", "Boats").with(as(Role.AUTHOR)).with(csrf()), "uploadForm", "file",
				"This file is larger than the upload limit.");
	}

	@Test
	void refusesAFileOverTheLimitBeforeReadingIt() throws Exception {
		given(this.mediaService.maxFileBytes()).willReturn((long) BYTES.length - 1);
		expectFieldError(upload("harbour.jpg", "Boats").with(as(Role.AUTHOR)).with(csrf()), "uploadForm", "file",
				"This file is larger than the upload limit.");
		verify(this.mediaService, never()).upload(any());
	}

	@Test
	void editsTheDescription() throws Exception {
		this.admin.perform(get("/admin/media/12").with(as(Role.AUTHOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Fishing boats in Busan harbour\""),
					containsString("Sam Author"), containsString("/admin/articles/new?image=/media/" + KEY),
					not(containsString("/admin/media/12/delete")))));
		this.admin
			.perform(post("/admin/media/12").param("alt", "Boats at dawn")
				.param("caption", "")
				.param("credit", "Reuters")
				.param("version", "3")
				.with(as(Role.AUTHOR))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/media/12"));
		verify(this.mediaService).update(12L, 3, new MediaDetails("Boats at dawn", "", "Reuters"));
		expectFieldError(post("/admin/media/12").param("alt", "")
			.param("caption", "x".repeat(1001))
			.param("version", "3")
			.with(as(Role.AUTHOR))
			.with(csrf()), "mediaForm", "caption", "The caption is too long: at most 1,000 characters.");
		verify(this.mediaService, never()).update(eq(12L), eq(3L), eq(new MediaDetails("", "x".repeat(1001), null)));
	}

	@Test
	void deletesOrSaysWhyNot() throws Exception {
		this.admin.perform(get("/admin/media/12").with(as(Role.EDITOR)))
			.andExpect(content().string(containsString("/admin/media/12/delete")));
		this.admin.perform(post("/admin/media/12/delete").with(as(Role.EDITOR)).with(csrf()))
			.andExpect(redirectedUrl("/admin/media"));
		verify(this.mediaService).delete(12L);
		willThrow(new RuleViolationException("media.delete.in-use")).given(this.mediaService).delete(13L);
		this.admin.perform(post("/admin/media/13/delete").with(as(Role.EDITOR)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("cannot be deleted while a story features it")));
	}

}
