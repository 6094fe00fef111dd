package news.dateline.article;

import java.time.Instant;

/**
 * A line of the public corrections page: the entry and the story it corrects.
 */
public record CorrectionEntry(Long id, CorrectionKind kind, String note, Instant createdAt, String articleSlug,
		String articleHeadline) {

	public String url() {
		return ArticleView.urlOf(this.articleSlug) + "#correction-" + this.id;
	}

}
