package news.dateline.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

import news.dateline.system.FieldRejectedException;

/**
 * Turns uploaded bytes into the library's variants: tells the format from the magic
 * number, reads the declared size from the header and refuses decompression bombs before
 * decoding, decodes the whole image with that format's reader (a file that does not
 * decode cleanly, such as a truncated one or another kind of file dressed as an image, is
 * refused), then scales it down with progressive bilinear steps to each variant width and
 * writes each one anew from the pixels. Nothing of the uploaded file but its pixels
 * survives: no EXIF (GPS), no comments, no appended payload.
 */
@Component
class ImageProcessor {

	/**
	 * The widths of the variants; an image narrower than one gets its own width instead,
	 * never upscaled.
	 */
	static final int[] WIDTHS = { 400, 800, 1200, 1600 };

	static final float JPEG_QUALITY = 0.85f;

	/** Decoding takes memory in proportion to the pixels: a few uploads at a time. */
	private final Semaphore decoding = new Semaphore(2);

	private final long maxPixels;

	ImageProcessor(MediaProperties properties) {
		this.maxPixels = properties.maxPixels();
	}

	ProcessedImage process(byte[] bytes) {
		ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> rejected("media.file.type"));
		BufferedImage image = decode(format, bytes);
		ServedFormat served = (format == ImageFormat.PNG || format == ImageFormat.GIF
				|| image.getColorModel().hasAlpha()) ? ServedFormat.PNG : ServedFormat.JPEG;
		BufferedImage pixels = normalised(image, served);
		List<ProcessedImage.Rendition> renditions = new ArrayList<>();
		for (int width : widthsFor(pixels.getWidth())) {
			int height = Math.max(1, (int) Math.round((double) pixels.getHeight() * width / pixels.getWidth()));
			BufferedImage scaled = scale(pixels, width, height);
			renditions.add(new ProcessedImage.Rendition(width, height, encode(scaled, served)));
		}
		return new ProcessedImage(format, served, pixels.getWidth(), pixels.getHeight(), List.copyOf(renditions));
	}

	/**
	 * The variant widths for an image this wide: the standard ones below it, and at most
	 * its own.
	 */
	static List<Integer> widthsFor(int originalWidth) {
		List<Integer> widths = new ArrayList<>();
		for (int width : WIDTHS) {
			if (width < originalWidth) {
				widths.add(width);
			}
		}
		int largest = Math.min(originalWidth, WIDTHS[WIDTHS.length - 1]);
		if (!widths.contains(largest)) {
			widths.add(largest);
		}
		return widths;
	}

	private BufferedImage decode(ImageFormat format, byte[] bytes) {
		ImageReader reader = reader(format);
		boolean acquired = false;
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw rejected("media.file.unreadable");
			}
			if (width * height > this.maxPixels) {
				throw rejected("media.file.too-many-pixels");
			}
			List<String> warnings = new ArrayList<>();
			reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
			this.decoding.acquire();
			acquired = true;
			BufferedImage image = reader.read(0);
			if (!warnings.isEmpty() || image == null || image.getWidth() != width || image.getHeight() != height) {
				throw rejected("media.file.unreadable");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FieldRejectedException rejected) {
				throw rejected;
			}
			throw rejected("media.file.unreadable");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw rejected("media.file.unreadable");
		}
		finally {
			if (acquired) {
				this.decoding.release();
			}
			reader.dispose();
		}
	}

	private static ImageReader reader(ImageFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format);
		}
		return readers.next();
	}

	/**
	 * The decoded pixels as plain RGB (JPEG) or ARGB (PNG), whatever colour model the
	 * file had.
	 */
	private static BufferedImage normalised(BufferedImage image, ServedFormat served) {
		int type = (served == ServedFormat.JPEG) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
		Graphics2D graphics = copy.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return copy;
	}

	/**
	 * Scales down in steps of at most one half with bilinear interpolation, which keeps
	 * the quality of area averaging at a fraction of its cost (one bilinear step from far
	 * larger would skip pixels).
	 */
	static BufferedImage scale(BufferedImage source, int targetWidth, int targetHeight) {
		BufferedImage current = source;
		int width = source.getWidth();
		int height = source.getHeight();
		while (width != targetWidth || height != targetHeight) {
			width = (width > targetWidth) ? Math.max(targetWidth, width / 2) : targetWidth;
			height = (height > targetHeight) ? Math.max(targetHeight, height / 2) : targetHeight;
			BufferedImage next = new BufferedImage(width, height, source.getType());
			Graphics2D graphics = next.createGraphics();
			try {
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
						RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				graphics.drawImage(current, 0, 0, width, height, null);
			}
			finally {
				graphics.dispose();
			}
			current = next;
		}
		return current;
	}

	private static byte[] encode(BufferedImage image, ServedFormat served) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(served.writerName());
		if (!writers.hasNext()) {
			throw new IllegalStateException("No ImageIO writer for " + served);
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (served == ServedFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				if (param.canWriteProgressive()) {
					param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
				}
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not encode a variant", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static FieldRejectedException rejected(String key) {
		return new FieldRejectedException("file", key);
	}

}
