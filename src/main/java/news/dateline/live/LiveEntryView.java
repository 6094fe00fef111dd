package news.dateline.live;

import java.time.Instant;

/**
 * An entry of a live story as pages, feeds and streams show it. {@code seq} is the number
 * of its last write; a deleted entry has no text and only tells streams to drop it. The
 * body HTML was sanitised when the entry was saved.
 */
public record LiveEntryView(Long id, Long articleId, long seq, String authorName, Instant postedAt, Instant updatedAt,
		String bodyMarkdown, String bodyHtml, String keyTitle, boolean pinned, boolean deleted, String authorSlug) {

	/** An entry credited to the staff member who filed it. */
	public LiveEntryView(Long id, Long articleId, long seq, String authorName, Instant postedAt, Instant updatedAt,
			String bodyMarkdown, String bodyHtml, String keyTitle, boolean pinned, boolean deleted) {
		this(id, articleId, seq, authorName, postedAt, updatedAt, bodyMarkdown, bodyHtml, keyTitle, pinned, deleted,
				null);
	}

	/** The page of the entry's byline, or null when it is credited to a staff member. */
	public String authorUrl() {
		return (this.authorSlug != null) ? "/authors/" + this.authorSlug : null;
	}

	/** The entry's anchor on the story page, {@code entry-123}. */
	public String anchor() {
		return "entry-" + this.id;
	}

	public boolean keyEvent() {
		return this.keyTitle != null;
	}

	public boolean edited() {
		return this.updatedAt != null;
	}

}
