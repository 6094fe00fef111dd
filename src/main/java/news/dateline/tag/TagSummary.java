package news.dateline.tag;

/**
 * A tag as the admin lists it, with how many stories carry it.
 */
public record TagSummary(Long id, String slug, String name, long stories) {
}
