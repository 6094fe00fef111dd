package news.dateline.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ShareCard;
import news.dateline.media.MediaFile;
import news.dateline.support.MutableClock;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A library file whose rights end is cached no longer than until then; a story's share
 * picture is a 1200×630 PNG card at the versioned URL its page names, cached a day.
 */
class ShareAndExpiringMediaControllerTests extends WebSliceTests {

	static final String KEY = "0123456789abcdef0123456789abcdef";

	@TempDir
	Path dir;

	@Test
	void aFileWhoseRightsEndIsCachedOnlyUntilThen() throws Exception {
		Path file = Files.write(this.dir.resolve("800.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		given(this.media.file(KEY, "800.png")).willReturn(new MediaFile(file, "image/png", "harbour-800.png",
				"\"" + KEY + "-800\"", MutableClock.START.plus(Duration.ofHours(2))));
		this.mvc.perform(get("/media/" + KEY + "/800.png"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=7200, public"))
			.andExpect(header().string("Cache-Control", not(containsString("immutable"))));
	}

	@Test
	void servesTheDrawnShareCardOfAStoryWithoutAPhoto() throws Exception {
		given(this.articles.shareCard(SLUG)).willReturn(Optional.of(ShareCard.of(sampleArticle(true))));
		byte[] png = this.mvc.perform(get("/articles/" + SLUG + "/share.png"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", "max-age=300, public"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
		org.assertj.core.api.Assertions.assertThat(image.getWidth()).isEqualTo(1200);
		org.assertj.core.api.Assertions.assertThat(image.getHeight()).isEqualTo(630);
		this.mvc.perform(get("/articles/" + SLUG + "/share.jpg")).andExpect(status().isNotFound());
	}

	@Test
	void aFormerSlugAnswers301ToTheSharePictureUnderTheStorysSlug() throws Exception {
		given(this.articles.lookup("acuerdo-viejo")).willReturn(new ArticleLookup.MovedTo("acuerdo-en-seúl"));
		this.mvc.perform(get("/articles/acuerdo-viejo/share.png").param("v", "1a2b"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/acuerdo-en-se%C3%BAl/share.png?v=1a2b"));
	}

}
