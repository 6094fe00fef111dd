package news.dateline.article;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.ArticleRevision;
import news.dateline.article.internal.ArticleRevisionRepository;

/**
 * Marks which revisions readers saw, in the transaction of the save or release that
 * showed them: a save while the story is live is shown at once; publication or release
 * shows the newest revision from the publication time. Drafts, embargoed text and edits
 * made while the story is off the site stay unmarked, so the public versions page
 * ({@link PublicVersionService}) never shows them.
 */
@Component
class PublicVersionRecorder {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final Clock clock;

	PublicVersionRecorder(ArticleRepository articles, ArticleRevisionRepository revisions, Clock clock) {
		this.articles = articles;
		this.revisions = revisions;
		this.clock = clock;
	}

	@EventListener
	void saved(ArticleUpdated updated) {
		Instant now = this.clock.instant();
		Article article = this.articles.findById(updated.articleId()).orElse(null);
		if (article == null || !article.isLiveAt(now)) {
			return;
		}
		if (updated.revision() <= 0) {
			return;
		}
		ArticleRevision revision = this.revisions
			.findByArticleIdAndRevisionNumber(updated.articleId(), updated.revision())
			.orElse(null);
		if (revision == null) {
			return;
		}
		if (!this.revisions.existsByArticleIdAndShownAtNotNull(updated.articleId())) {
			// a story live before its history was kept: the text before this save is what
			// readers saw since publication
			this.revisions.findPrevious(updated.articleId(), updated.revision(), PageRequest.of(0, 1))
				.forEach((previous) -> previous.shownAt(article.getPublishedAt()));
		}
		revision.shownAt(now);
	}

	@EventListener
	void published(ArticlePublished published) {
		// an editor's publication shows the text from now (also when a story comes back
		// after edits off the site); a release from the time it was due
		Instant at = (published.origin() == ArticlePublished.Origin.EDITOR || published.publishedAt() == null)
				? this.clock.instant() : published.publishedAt();
		this.revisions.findFirstByArticleIdOrderByRevisionNumberDesc(published.articleId())
			.ifPresent((revision) -> revision.shownAt(at));
	}

}
