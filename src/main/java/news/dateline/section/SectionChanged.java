package news.dateline.section;

import news.dateline.system.ContentChange;

/**
 * Published when a section is added or changed (name, slug, order): every page's navigation shows it.
 */
public record SectionChanged(Long sectionId) implements ContentChange {

	/** The entity type of sections in the change log. */
	public static final String SECTION = "section";

	@Override
	public String entityType() {
		return SECTION;
	}

	@Override
	public Long entityId() {
		return this.sectionId;
	}

}
