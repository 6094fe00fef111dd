package news.dateline.article;

import java.time.Instant;

/**
 * A note on a story for its writer, as the editor page lists it: who wrote it and when,
 * and whether (by whom, when) it was resolved.
 */
public record DeskNote(Long id, String authorName, String text, Instant createdAt, Instant resolvedAt,
		String resolvedBy) {

	public boolean resolved() {
		return this.resolvedAt != null;
	}

}
