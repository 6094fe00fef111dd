package news.dateline.article;

import java.time.Instant;

/**
 * The answer to an editor's autosave or heartbeat: saved (when, or null for a heartbeat),
 * or refused because someone else holds the story's edit lock ({@code heldBy}).
 */
public record AutosaveOutcome(Instant savedAt, EditLock heldBy) {

	public boolean locked() {
		return this.heldBy != null;
	}

}
