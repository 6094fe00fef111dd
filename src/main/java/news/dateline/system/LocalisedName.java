package news.dateline.system;

/**
 * A section's or tag's name, slug and (sections only) description in one language other
 * than the default edition's.
 */
public record LocalisedName(Long ownerId, String language, String name, String slug, String description) {

}
