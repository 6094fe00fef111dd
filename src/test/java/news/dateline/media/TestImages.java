package news.dateline.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * Images for media tests, made in code with ImageIO (WebP, which Java cannot write, comes
 * from tiny fixtures made with cwebp), and the hostile files the library must refuse or
 * neutralise.
 */
public final class TestImages {

	/**
	 * Markup appended to images to make polyglots; served bytes must never contain it.
	 */
	public static final String PAYLOAD = "<html><script>alert('polyglot')</script></html>";

	private TestImages() {
	}

	public static BufferedImage picture(int width, int height, boolean alpha) {
		BufferedImage image = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(20, 80, 160, alpha ? 120 : 255), width, height,
				new Color(230, 200, 40, 255)));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	public static byte[] jpeg(int width, int height) {
		return write(picture(width, height, false), "jpeg");
	}

	public static byte[] png(int width, int height, boolean alpha) {
		return write(picture(width, height, alpha), "png");
	}

	public static byte[] gif(int width, int height) {
		return write(picture(width, height, false), "gif");
	}

	/** A 64 × 48 lossy WebP. */
	public static byte[] webp() {
		return resource("photo.webp");
	}

	/** A 64 × 48 lossless WebP with transparency. */
	public static byte[] webpWithAlpha() {
		return resource("graphic.webp");
	}

	public static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A JPEG with a comment segment holding {@code secret} right after its start marker.
	 */
	public static byte[] jpegWithComment(int width, int height, String secret) {
		byte[] jpeg = jpeg(width, height);
		byte[] text = secret.getBytes(StandardCharsets.US_ASCII);
		byte[] segment = new byte[4 + text.length];
		segment[0] = (byte) 0xff;
		segment[1] = (byte) 0xfe;
		segment[2] = (byte) ((text.length + 2) >> 8);
		segment[3] = (byte) (text.length + 2);
		System.arraycopy(text, 0, segment, 4, text.length);
		return concat(Arrays.copyOfRange(jpeg, 0, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/**
	 * The image with HTML and script appended after its end (a polyglot browsers may
	 * sniff as HTML).
	 */
	public static byte[] withPayload(byte[] image) {
		return concat(image, PAYLOAD.getBytes(StandardCharsets.US_ASCII));
	}

	/** The first part of the file, as if the upload had been cut short. */
	public static byte[] truncated(byte[] image) {
		return Arrays.copyOf(image, image.length / 2);
	}

	public static byte[] svgWithScript() {
		return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
				+ "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>")
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A PNG whose header claims 50,000 × 50,000 pixels (2.5 gigapixels) over a few bytes
	 * of data.
	 */
	public static byte[] pixelBomb() {
		byte[] png = png(8, 8, false);
		// IHDR width and height sit at bytes 16..23; the CRC after them is left wrong on
		// purpose too
		byte[] bomb = png.clone();
		writeInt(bomb, 16, 50_000);
		writeInt(bomb, 20, 50_000);
		return bomb;
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static void writeInt(byte[] bytes, int offset, int value) {
		bytes[offset] = (byte) (value >>> 24);
		bytes[offset + 1] = (byte) (value >>> 16);
		bytes[offset + 2] = (byte) (value >>> 8);
		bytes[offset + 3] = (byte) value;
	}

	private static byte[] resource(String name) {
		try (InputStream in = TestImages.class.getResourceAsStream("/media/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing test fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
