package news.dateline.source;

import news.dateline.system.SluggedItems;

/**
 * What an editor sets on a source. The attribution template names the source with
 * {@code {name}}, as in "With information from {name}". An empty slug is made from the
 * name.
 */
public record SourceDetails(String name, String slug, SourceKind kind, String url,
		String attributionTemplate) implements SluggedItems.Details<SourceDetails> {

	@Override
	public SourceDetails named(String newName, String newSlug) {
		return new SourceDetails(newName, newSlug, this.kind, this.url, this.attributionTemplate);
	}

}
