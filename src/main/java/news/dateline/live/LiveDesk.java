package news.dateline.live;

import java.time.Instant;
import java.util.List;

/**
 * The admin's live desk of a story: its headline and page, whether it is live, and its
 * newest entries (pinned first).
 */
public record LiveDesk(Long articleId, String headline, String url, boolean started, Instant startedAt, Instant endedAt,
		List<LiveEntryView> entries) {

	public boolean live() {
		return this.started && this.endedAt == null;
	}

}
