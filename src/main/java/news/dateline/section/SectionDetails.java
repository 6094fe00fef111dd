package news.dateline.section;

/**
 * What an editor sets on a section; {@code position} orders the navigation (lowest first). An empty
 * slug is made from the name.
 */
public record SectionDetails(String name, String slug, String description, int position) {
}
