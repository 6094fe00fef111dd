package news.dateline.media;

/**
 * A library image offered in the article editor: its URL (what the form sends) and a
 * label.
 */
public record MediaChoice(String value, String label) {
}
