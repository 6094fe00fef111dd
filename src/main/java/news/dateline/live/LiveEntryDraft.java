package news.dateline.live;

/**
 * What an editor files or edits: Markdown, an optional key-event title (null for an
 * ordinary entry), whether the entry is pinned on top, and its byline: an author's slug,
 * or null for the filer's own name when filing and for the credit it has when editing.
 */
public record LiveEntryDraft(String body, String keyTitle, boolean pinned, String byline) {

	public LiveEntryDraft {
		body = (body != null) ? body.strip() : "";
		keyTitle = (keyTitle != null && !keyTitle.isBlank()) ? keyTitle.strip() : null;
		byline = (byline != null && !byline.isBlank()) ? byline.strip() : null;
	}

	/** An entry under the filer's own name, or keeping its credit. */
	public LiveEntryDraft(String body, String keyTitle, boolean pinned) {
		this(body, keyTitle, pinned, null);
	}

}
