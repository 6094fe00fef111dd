package news.dateline.media;

/**
 * How an image is described wherever it appears: alt text (required), caption and credit.
 */
public record MediaDetails(String alt, String caption, String credit) {
}
