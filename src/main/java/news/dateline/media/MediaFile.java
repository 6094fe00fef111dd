package news.dateline.media;

import java.nio.file.Path;

/**
 * A stored variant ready to serve: its file, exact content type, a safe ASCII download
 * name and its entity tag (variants never change, so the tag is their name).
 */
public record MediaFile(Path path, String contentType, String fileName, String etag) {
}
