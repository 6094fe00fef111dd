package news.dateline.media;

import java.time.Instant;

/**
 * How an image is described wherever it appears: alt text (required), caption and credit;
 * and its rights: the agency or source it came from, its licence, and when the right to
 * show it ends (null: never). After that moment a neutral placeholder takes its place.
 */
public record MediaDetails(String alt, String caption, String credit, String source, String licence,
		Instant rightsExpireAt) {

	/** A description without rights information (uploads and imports). */
	public MediaDetails(String alt, String caption, String credit) {
		this(alt, caption, credit, null, null, null);
	}

}
