package news.dateline.live;

/**
 * What an editor files or edits: Markdown, an optional key-event title (null for an
 * ordinary entry) and whether the entry is pinned on top.
 */
public record LiveEntryDraft(String body, String keyTitle, boolean pinned) {

	public LiveEntryDraft {
		body = (body != null) ? body.strip() : "";
		keyTitle = (keyTitle != null && !keyTitle.isBlank()) ? keyTitle.strip() : null;
	}

}
