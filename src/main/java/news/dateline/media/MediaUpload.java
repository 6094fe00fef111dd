package news.dateline.media;

/**
 * An uploaded file as the admin hands it over: the name the browser sent (shown, never
 * used as a path), the bytes, and the description.
 */
public record MediaUpload(String originalName, byte[] bytes, MediaDetails details) {
}
