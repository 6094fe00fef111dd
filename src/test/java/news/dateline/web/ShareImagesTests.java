package news.dateline.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dateline.article.ArticleView;
import news.dateline.article.FeaturedImage;
import news.dateline.media.LibraryImage;
import news.dateline.media.MediaFile;
import news.dateline.media.MediaService;
import news.dateline.section.SectionView;
import news.dateline.system.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Share pictures: a drawn 1200×630 card for a story without a photo, a 1200×630 crop of
 * its library photo otherwise, a new version (URL) when the headline changes.
 */
class ShareImagesTests {

	private static final String KEY = "c0ffee00".repeat(4);

	private final MediaService media = mock(MediaService.class);

	private final ShareImages images = new ShareImages(this.media,
			new SiteProperties("Dateline", "http://localhost", 12, ZoneId.of("UTC")));

	private static ArticleView story(String headline, FeaturedImage image) {
		Instant at = Instant.parse("2026-06-20T09:00:00.123456Z");
		return new ArticleView(42L, "acuerdo-en-seul", headline, "Deck", "SEÚL.-", "<p>Body</p>",
				new SectionView(2L, "mundo", "Mundo", null), at, at, false, List.of(), List.of(), List.of(), true, 0,
				List.of(), image, null, null, List.of());
	}

	@Test
	void drawsACardWithTheHeadlineWhenTheStoryHasNoPhoto() throws IOException {
		ArticleView article = story("Acuerdo militar entre Rusia y Corea del Norte dispara las «alertas» — 🌏", null);
		BufferedImage card = ImageIO.read(new ByteArrayInputStream(this.images.bytes(article)));
		assertThat(card.getWidth()).isEqualTo(1200);
		assertThat(card.getHeight()).isEqualTo(630);
		assertThat(this.images.pathOf(article)).startsWith("/articles/acuerdo-en-seul/share.png?v=");
		// the paper colour in the corner, the red rule at the top
		assertThat(card.getRGB(1190, 620) & 0xffffff).isEqualTo(0xfdfcf9);
		assertThat(card.getRGB(600, 5) & 0xffffff).isEqualTo(0x9f1c1c);
	}

	@Test
	void aNewHeadlineMakesANewVersion() {
		assertThat(this.images.version(story("Uno", null))).isNotEqualTo(this.images.version(story("Dos", null)));
		assertThat(this.images.version(story("Uno", null))).isEqualTo(this.images.version(story("Uno", null)));
	}

	@Test
	void cropsTheLibraryPhotoTo1200By630(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("1600.jpg");
		Files.write(file, news.dateline.media.TestImages.jpeg(1600, 1067));
		given(this.media.file(KEY, "1600.jpg")).willReturn(new MediaFile(file, "image/jpeg", "x.jpg", "\"x\""));
		ArticleView article = story("Barcas",
				new FeaturedImage("/media/" + KEY + "/1600.jpg", "Barcas", null, null, null, 1600, 1067));
		assertThat(this.images.pathOf(article)).startsWith("/articles/acuerdo-en-seul/share.jpg?v=");
		BufferedImage crop = ImageIO.read(new ByteArrayInputStream(this.images.bytes(article)));
		assertThat(crop.getWidth()).isEqualTo(1200);
		assertThat(crop.getHeight()).isEqualTo(630);
	}

	@Test
	void anExpiredPhotoSharesTheDrawnCardInstead() {
		ArticleView article = story("Barcas",
				new FeaturedImage(LibraryImage.UNAVAILABLE_URL, "", null, null, null, 1600, 900));
		assertThat(this.images.pathOf(article)).contains("/share.png?v=");
	}

}
