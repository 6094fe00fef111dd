package news.dateline.live;

import java.time.Instant;

/**
 * An entry of a live story as pages, feeds and streams show it. {@code seq} is the number
 * of its last write; a deleted entry has no text and only tells streams to drop it. The
 * body HTML was sanitised when the entry was saved.
 */
public record LiveEntryView(Long id, Long articleId, long seq, String authorName, Instant postedAt, Instant updatedAt,
		String bodyMarkdown, String bodyHtml, String keyTitle, boolean pinned, boolean deleted) {

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
