package news.dateline.article;

import java.time.Instant;

/**
 * A corrections-log entry as the article page shows it.
 */
public record CorrectionView(Long id, CorrectionKind kind, String note, Instant createdAt) {

	public String anchor() {
		return "correction-" + this.id;
	}

}
