package news.dateline.admin;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import news.dateline.article.ArticleEdit;
import news.dateline.article.EditorialService;
import news.dateline.media.MediaDetails;
import news.dateline.media.MediaService;
import news.dateline.media.MediaView;
import news.dateline.security.Role;
import news.dateline.system.Versioned;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The editor's "minor fix" checkbox (the save goes through the public versions service,
 * folded away) and an image's rights fields (an expiry date is the start of that day in
 * the site's time zone).
 */
@WithMockUser(roles = "EDITOR")
class MinorFixAndImageRightsControllerTests extends AdminSliceTests {

	@Autowired
	EditorialService editorial;

	@Autowired
	MediaService mediaService;

	@Test
	void aSaveMarkedAsAMinorFixIsFoldedAwayOnTheVersionsPage() throws Exception {
		this.admin.perform(AdminSamples.articleForm("/admin/articles/5", "minorFix", "true").with(as(Role.EDITOR)))
			.andExpect(redirectedUrl("/admin/articles/5/edit"));
		verify(this.publicVersions).updateAsMinorFix(eq(5L), any(ArticleEdit.class));
		verify(this.editorial, never()).update(anyLong(), any());
	}

	@Test
	void anImageRecordsSourceLicenceAndRightsExpiry() throws Exception {
		given(this.mediaService.view(12L)).willReturn(new MediaView(12L, "harbour.jpg", "Boats", null, null, 1600, 900,
				"JPEG", 1000, "Sam", Instant.EPOCH, "/media/x/400.jpg", 400, 225, "/media/x/1600.jpg"));
		given(this.mediaService.editing(12L)).willReturn(new Versioned<>(12L, 3, new MediaDetails("Boats", "", "")));
		this.admin
			.perform(post("/admin/media/12").param("alt", "Boats at dawn")
				.param("caption", "")
				.param("credit", "Kim Min-ji")
				.param("source", "Agencia 🛰")
				.param("licence", "CC BY 4.0")
				.param("rightsExpireOn", "2026-07-01")
				.param("version", "3")
				.with(as(Role.EDITOR))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/media/12"));
		verify(this.mediaService).update(12L, 3, new MediaDetails("Boats at dawn", "", "Kim Min-ji", "Agencia 🛰",
				"CC BY 4.0", Instant.parse("2026-07-01T00:00:00Z")));
		this.admin
			.perform(post("/admin/media/12").param("alt", "Boats")
				.param("rightsExpireOn", "2026-02-31")
				.param("version", "3")
				.with(as(Role.EDITOR))
				.with(csrf()))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnprocessableEntity());
	}

}
