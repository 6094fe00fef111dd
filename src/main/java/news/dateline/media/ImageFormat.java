package news.dateline.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats the library takes, told apart by their first bytes (magic numbers),
 * never by a file name or a client's Content-Type.
 */
public enum ImageFormat {

	JPEG("jpeg"), PNG("png"), GIF("gif"), WEBP("webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final String readerName;

	ImageFormat(String readerName) {
		this.readerName = readerName;
	}

	/** The ImageIO format name of this format's reader. */
	String readerName() {
		return this.readerName;
	}

	/** The format these bytes start like, if any. */
	static Optional<ImageFormat> sniff(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
			return Optional.of(GIF);
		}
		if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

}
