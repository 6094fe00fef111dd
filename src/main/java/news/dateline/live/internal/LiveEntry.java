package news.dateline.live.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import news.dateline.live.LiveEntryView;

/**
 * One entry of a live story: its time, author, Markdown and sanitised HTML, an optional
 * key-event title and pin. A deleted entry keeps only its id and number (its text is
 * erased), so event streams can tell readers to drop it.
 */
@Entity
public class LiveEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private long seq;

	private Long authorUserId;

	private String authorName;

	private String authorSlug;

	private Instant postedAt;

	private Instant updatedAt;

	private String bodyMarkdown;

	private String bodyHtml;

	private String keyTitle;

	private boolean pinned;

	private boolean deleted;

	protected LiveEntry() {
	}

	public LiveEntry(Long articleId, long seq, Long authorUserId, String authorName, Instant postedAt) {
		this.articleId = articleId;
		this.seq = seq;
		this.authorUserId = authorUserId;
		this.authorName = authorName;
		this.postedAt = postedAt;
	}

	/** Sets the text, key-event title (null for none) and pin. */
	public void write(String markdown, String html, String keyTitle, boolean pinned) {
		this.bodyMarkdown = markdown;
		this.bodyHtml = html;
		this.keyTitle = keyTitle;
		this.pinned = pinned;
	}

	/** An edit: new text under a new number, marked as updated at the given time. */
	public void edit(long seq, Instant at, String markdown, String html, String keyTitle, boolean pinned) {
		this.seq = seq;
		this.updatedAt = at;
		write(markdown, html, keyTitle, pinned);
	}

	/** Another entry took the pin: this one goes back among the others. */
	public void unpin(long seq) {
		this.seq = seq;
		this.pinned = false;
	}

	/** Erases the entry's text; only its id and number stay, for the streams. */
	public void delete(long seq) {
		this.seq = seq;
		this.deleted = true;
		this.pinned = false;
		this.keyTitle = null;
		this.bodyMarkdown = "";
		this.bodyHtml = "";
	}

	/** Credits the entry to a byline: its name, and its author's slug (null for none). */
	public void credit(String name, String slug) {
		this.authorName = name;
		this.authorSlug = slug;
	}

	public boolean isWrittenBy(Long userId) {
		return this.authorUserId != null && this.authorUserId.equals(userId);
	}

	public LiveEntryView toView() {
		return new LiveEntryView(this.id, this.articleId, this.seq, this.authorName, this.postedAt, this.updatedAt,
				this.bodyMarkdown, this.bodyHtml, this.keyTitle, this.pinned, this.deleted, this.authorSlug);
	}

	public Long getId() {
		return this.id;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public boolean isDeleted() {
		return this.deleted;
	}

	public boolean isPinned() {
		return this.pinned;
	}

}
