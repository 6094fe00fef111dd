package news.dateline.media;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A stored variant ready to serve: its file, exact content type, a safe ASCII download
 * name and its entity tag (variants never change, so the tag is their name); and when the
 * right to show it ends (null: never), which bounds how long caches may keep it.
 */
public record MediaFile(Path path, String contentType, String fileName, String etag, Instant rightsExpireAt) {

	public MediaFile(Path path, String contentType, String fileName, String etag) {
		this(path, contentType, fileName, etag, null);
	}

}
