package news.dateline.tag;

/**
 * A tag's name and slug as an editor renames it. An empty slug is made from the name.
 */
public record TagDetails(String name, String slug) {
}
