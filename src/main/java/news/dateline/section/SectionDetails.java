package news.dateline.section;

import news.dateline.system.SluggedItems;

/**
 * What an editor sets on a section; {@code position} orders the navigation (lowest
 * first). An empty slug is made from the name.
 */
public record SectionDetails(String name, String slug, String description,
		int position) implements SluggedItems.Details<SectionDetails> {

	@Override
	public SectionDetails named(String newName, String newSlug) {
		return new SectionDetails(newName, newSlug, this.description, this.position);
	}

}
