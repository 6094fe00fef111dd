package news.dateline.report;

import java.time.Instant;

import news.dateline.article.ArticleView;

/**
 * A report as the corrections queue shows it, with the story's headline and address.
 */
public record ErrorReportView(Long id, Long articleId, String headline, String slug, String message, String email,
		Instant createdAt) {

	public String articleUrl() {
		return ArticleView.urlOf(this.slug);
	}

}
