package news.dateline.article;

import java.util.List;

/**
 * The story cannot go live (or be queued to) until the pre-publish checklist is met.
 */
public class ChecklistNotMetException extends RuntimeException {

	private final List<ChecklistItem> unmet;

	public ChecklistNotMetException(List<ChecklistItem> unmet) {
		super("checklist not met: " + unmet);
		this.unmet = List.copyOf(unmet);
	}

	public List<ChecklistItem> unmet() {
		return this.unmet;
	}

}
