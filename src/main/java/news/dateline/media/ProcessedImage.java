package news.dateline.media;

import java.util.List;

/**
 * An upload after decoding: its format, size in pixels, and the variants re-encoded from
 * its pixels, narrowest first.
 */
public record ProcessedImage(ImageFormat source, ServedFormat served, int width, int height,
		List<Rendition> renditions) {

	/** One re-encoded variant: its size and its bytes. */
	public record Rendition(int width, int height, byte[] bytes) {
	}

}
