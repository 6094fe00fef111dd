package news.dateline.article;

import java.util.List;

/**
 * A page of the public corrections log, newest first, with the cursor to the older
 * entries (null on the last page).
 */
public record CorrectionPage(List<CorrectionEntry> entries, String olderCursor) {

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

}
