package news.dateline.article;

import news.dateline.system.ContentChange;

/**
 * Published when the pins of a front change: the home page ({@code sectionId} 0) or a section's page
 * shows another lead or other featured stories.
 */
public record FrontPageChanged(Long sectionId) implements ContentChange {

	/** The entity type of fronts in the change log. */
	public static final String FRONT = "front";

	@Override
	public String entityType() {
		return FRONT;
	}

	@Override
	public Long entityId() {
		return this.sectionId;
	}

}
