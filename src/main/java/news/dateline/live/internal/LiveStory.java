package news.dateline.live.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A story's live coverage: when it started, when it ended (null while live), and the
 * number of the last write to its entries. Every write takes the next number while the
 * row is locked, so numbers follow commit order.
 */
@Entity
public class LiveStory {

	@Id
	private Long articleId;

	private Instant startedAt;

	private Instant endedAt;

	private long lastSeq;

	@Version
	private long version;

	protected LiveStory() {
	}

	public LiveStory(Long articleId, Instant startedAt) {
		this.articleId = articleId;
		this.startedAt = startedAt;
	}

	public boolean isLive() {
		return this.endedAt == null;
	}

	/** Takes the next number for a write to this story's entries. */
	public long nextSeq() {
		this.lastSeq++;
		return this.lastSeq;
	}

	/** Ends the coverage (a second call keeps the first time). */
	public long end(Instant at) {
		if (this.endedAt == null) {
			this.endedAt = at;
		}
		return nextSeq();
	}

	/** Switches the coverage on again after it ended. */
	public long resume() {
		this.endedAt = null;
		return nextSeq();
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public long getLastSeq() {
		return this.lastSeq;
	}

}
