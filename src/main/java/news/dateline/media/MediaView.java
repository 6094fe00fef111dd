package news.dateline.media;

import java.time.Instant;

/**
 * A library image as the admin lists it: description, original size and format, uploader,
 * and the URLs of its thumbnail (the narrowest variant) and largest variant.
 */
public record MediaView(Long id, String displayName, String alt, String caption, String credit, int width, int height,
		String format, long byteSize, String uploadedBy, Instant uploadedAt, String thumbnailUrl, int thumbnailWidth,
		int thumbnailHeight, String url) {

	/** The size of the uploaded file in kilobytes, rounded up. */
	public long kilobytes() {
		return (this.byteSize + 1023) / 1024;
	}

}
