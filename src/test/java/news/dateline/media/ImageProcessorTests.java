package news.dateline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import news.dateline.system.FieldRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The upload pipeline on its own: formats told from bytes, bombs and broken files
 * refused, variants at the standard widths (never upscaled), re-encoded so nothing but
 * pixels survives.
 */
class ImageProcessorTests {

	private final ImageProcessor processor = new ImageProcessor(
			new MediaProperties(Path.of("unused"), DataSize.ofMegabytes(10), 40_000_000L));

	private static BufferedImage read(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	private void assertRefused(byte[] bytes, String key) {
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.processor.process(bytes))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

	@Test
	void acceptsJpegAndServesJpegVariantsAtTheStandardWidths() throws IOException {
		ProcessedImage image = this.processor.process(TestImages.jpeg(2000, 1000));
		assertThat(image.source()).isEqualTo(ImageFormat.JPEG);
		assertThat(image.served()).isEqualTo(ServedFormat.JPEG);
		assertThat(image.renditions()).extracting(ProcessedImage.Rendition::width)
			.containsExactly(400, 800, 1200, 1600);
		assertThat(image.renditions()).extracting(ProcessedImage.Rendition::height).containsExactly(200, 400, 600, 800);
		for (ProcessedImage.Rendition rendition : image.renditions()) {
			BufferedImage decoded = read(rendition.bytes());
			assertThat(decoded.getWidth()).isEqualTo(rendition.width());
			assertThat(decoded.getHeight()).isEqualTo(rendition.height());
			assertThat(ImageFormat.sniff(rendition.bytes())).contains(ImageFormat.JPEG);
		}
	}

	@Test
	void neverUpscalesASmallImage() {
		assertThat(this.processor.process(TestImages.png(1000, 500, false)).renditions())
			.extracting(ProcessedImage.Rendition::width)
			.containsExactly(400, 800, 1000);
		assertThat(this.processor.process(TestImages.png(300, 200, false)).renditions())
			.extracting(ProcessedImage.Rendition::width)
			.containsExactly(300);
		assertThat(ImageProcessor.widthsFor(1600)).containsExactly(400, 800, 1200, 1600);
	}

	@Test
	void acceptsPngAndGifAndServesThemAsPng() {
		ProcessedImage png = this.processor.process(TestImages.png(500, 300, true));
		assertThat(png.source()).isEqualTo(ImageFormat.PNG);
		assertThat(png.served()).isEqualTo(ServedFormat.PNG);
		ProcessedImage gif = this.processor.process(TestImages.gif(120, 80));
		assertThat(gif.source()).isEqualTo(ImageFormat.GIF);
		assertThat(gif.served()).isEqualTo(ServedFormat.PNG);
		assertThat(ImageFormat.sniff(gif.renditions().get(0).bytes())).contains(ImageFormat.PNG);
	}

	@Test
	void acceptsWebpAsJpegWhenOpaqueAndPngWithTransparency() throws IOException {
		ProcessedImage photo = this.processor.process(TestImages.webp());
		assertThat(photo.source()).isEqualTo(ImageFormat.WEBP);
		assertThat(photo.served()).isEqualTo(ServedFormat.JPEG);
		assertThat(photo.width()).isEqualTo(64);
		assertThat(photo.height()).isEqualTo(48);
		assertThat(read(photo.renditions().get(0).bytes()).getWidth()).isEqualTo(64);
		ProcessedImage graphic = this.processor.process(TestImages.webpWithAlpha());
		assertThat(graphic.served()).isEqualTo(ServedFormat.PNG);
		assertThat(read(graphic.renditions().get(0).bytes()).getColorModel().hasAlpha()).isTrue();
	}

	@Test
	void scalesWithSmoothInterpolationNotNearestNeighbour() {
		// one-pixel black and white stripes: averaging makes grey, nearest neighbour
		// keeps black or white
		BufferedImage stripes = new BufferedImage(1600, 100, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 1600; x++) {
			for (int y = 0; y < 100; y++) {
				stripes.setRGB(x, y, (x % 2 == 0) ? 0x000000 : 0xffffff);
			}
		}
		BufferedImage scaled = ImageProcessor.scale(stripes, 400, 25);
		int grey = scaled.getRGB(200, 12) & 0xff;
		assertThat(grey).isBetween(64, 192);
	}

	@Test
	void refusesFilesThatAreNotImagesWhateverTheirName() {
		assertRefused(TestImages.svgWithScript(), "media.file.type");
		assertRefused(TestImages.html(), "media.file.type");
		assertRefused("%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII), "media.file.type");
		assertRefused(new byte[0], "media.file.type");
	}

	@Test
	void refusesFilesThatLookLikeImagesButDoNotDecode() {
		assertRefused(TestImages.truncated(TestImages.png(400, 300, false)), "media.file.unreadable");
		assertRefused(TestImages.truncated(TestImages.jpeg(400, 300)), "media.file.unreadable");
		assertRefused(TestImages.truncated(TestImages.gif(400, 300)), "media.file.unreadable");
		assertRefused(TestImages.truncated(TestImages.webp()), "media.file.unreadable");
		byte[] fakeGif = TestImages.concat("GIF89a".getBytes(StandardCharsets.US_ASCII), TestImages.html());
		assertRefused(fakeGif, "media.file.unreadable");
		byte[] fakeJpeg = TestImages.concat(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }, TestImages.html());
		assertRefused(fakeJpeg, "media.file.unreadable");
	}

	@Test
	void refusesADecompressionBombFromItsHeaderAlone() {
		assertRefused(TestImages.pixelBomb(), "media.file.too-many-pixels");
		ImageProcessor strict = new ImageProcessor(
				new MediaProperties(Path.of("unused"), DataSize.ofMegabytes(10), 10_000));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> strict.process(TestImages.png(200, 100, false)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("media.file.too-many-pixels"));
	}

	@Test
	void polyglotsLoseTheirPayloadAndMetadataInTheReencodedVariants() {
		for (byte[] polyglot : new byte[][] { TestImages.withPayload(TestImages.gif(64, 64)),
				TestImages.withPayload(TestImages.jpeg(64, 64)), TestImages.withPayload(TestImages.png(64, 64, false)),
				TestImages.withPayload(TestImages.jpegWithComment(64, 64, "GPS 51.5007N 0.1246W")) }) {
			ProcessedImage image;
			try {
				image = this.processor.process(polyglot);
			}
			catch (FieldRejectedException refused) {
				assertThat(refused.messageKey()).isEqualTo("media.file.unreadable");
				continue;
			}
			for (ProcessedImage.Rendition rendition : image.renditions()) {
				String served = new String(rendition.bytes(), StandardCharsets.ISO_8859_1);
				assertThat(served).doesNotContain("<script").doesNotContain("<html").doesNotContain("GPS");
			}
		}
	}

}
