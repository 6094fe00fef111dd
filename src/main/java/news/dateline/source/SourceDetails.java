package news.dateline.source;

/**
 * What an editor sets on a source. The attribution template names the source with {@code {name}},
 * as in "With information from {name}". An empty slug is made from the name.
 */
public record SourceDetails(String name, String slug, SourceKind kind, String url, String attributionTemplate) {
}
