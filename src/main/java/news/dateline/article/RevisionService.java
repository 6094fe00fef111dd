package news.dateline.article;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.ArticleRevision;
import news.dateline.article.internal.ArticleRevisionRepository;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.article.internal.WordDiff;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;

/**
 * Reads a story's revision history and the word-level differences between two revisions,
 * for the staff who may edit the story. Restoring a revision is a save, in
 * {@link EditorialService}.
 */
@Service
@Transactional(readOnly = true)
public class RevisionService {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final CurrentActor currentActor;

	RevisionService(ArticleRepository articles, ArticleRevisionRepository revisions, CurrentActor currentActor) {
		this.articles = articles;
		this.revisions = revisions;
		this.currentActor = currentActor;
	}

	public RevisionHistory history(Long articleId) {
		Article article = editable(articleId);
		return new RevisionHistory(articleId, article.getHeadline(), article.getVersion(),
				this.revisions.findSummaries(articleId));
	}

	/**
	 * The changes from revision {@code from} to revision {@code to} (either may be the
	 * older).
	 */
	public RevisionDiff diff(Long articleId, int from, int to) {
		editable(articleId);
		ArticleRevision older = revision(articleId, from);
		ArticleRevision newer = revision(articleId, to);
		return new RevisionDiff(articleId, older.toSummary(), newer.toSummary(),
				WordDiff.between(older.getHeadline(), newer.getHeadline()),
				WordDiff.between(older.getDeck(), newer.getDeck()),
				WordDiff.between(older.datelineLine(), newer.datelineLine()),
				WordDiff.between(older.getBodyMarkdown(), newer.getBodyMarkdown()));
	}

	private Article editable(Long articleId) {
		Actor actor = this.currentActor.require();
		Article article = this.articles.findById(articleId)
			.orElseThrow(() -> new ArticleNotFoundException(articleId.toString()));
		EditorialPolicy.requireEdit(actor, article);
		return article;
	}

	private ArticleRevision revision(Long articleId, int number) {
		return this.revisions.findByArticleIdAndRevisionNumber(articleId, number)
			.orElseThrow(() -> new ArticleNotFoundException(articleId + " revision " + number));
	}

	/**
	 * Keeps a revision brought in by an import, as it was saved there (the import checks
	 * who runs it).
	 */
	@Transactional
	public void importRevision(ImportedRevision revision) {
		this.revisions.save(new ArticleRevision(revision));
	}

}
