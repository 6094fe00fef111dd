package news.dateline.media;

import java.util.Optional;

/**
 * The formats the library serves its re-encoded variants in. JPEG for opaque photographs
 * (JPEG and opaque WebP uploads), PNG for the rest (PNG and GIF uploads, and anything
 * with transparency): Java has no WebP or GIF writer worth serving, and PNG keeps
 * graphics sharp and transparent.
 */
public enum ServedFormat {

	JPEG("jpg", "image/jpeg", "jpeg"), PNG("png", "image/png", "png");

	private final String extension;

	private final String contentType;

	private final String writerName;

	ServedFormat(String extension, String contentType, String writerName) {
		this.extension = extension;
		this.contentType = contentType;
		this.writerName = writerName;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	String writerName() {
		return this.writerName;
	}

	static Optional<ServedFormat> ofExtension(String extension) {
		for (ServedFormat format : values()) {
			if (format.extension.equals(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
