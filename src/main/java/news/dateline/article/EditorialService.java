package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleEdits;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.ArticleRevision;
import news.dateline.article.internal.ArticleRevisionRepository;
import news.dateline.article.internal.CorrectionRepository;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.article.internal.EditorialQueries;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;

/**
 * The newsroom's side of stories: writing and saving them (each save a revision, guarded
 * by the version the editor started from), the workflow from draft to published, the
 * release of scheduled and embargoed stories, and the admin dashboard. Every method
 * checks what the acting staff member may do (see {@link EditorialPolicy}); the
 * pre-publish checklist guards every way to the public site.
 */
@Service
@Transactional(readOnly = true)
public class EditorialService {

	static final int DASHBOARD_BLOCK = 8;

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final CorrectionRepository corrections;

	private final ArticleEdits edits;

	private final EditorialQueries queries;

	private final ArticleService articleService;

	private final ArticlePreviews previews;

	private final StoryWorkflow workflow;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final Clock clock;

	EditorialService(ArticleRepository articles, ArticleRevisionRepository revisions, CorrectionRepository corrections,
			ArticleEdits edits, EditorialQueries queries, ArticleService articleService, ArticlePreviews previews,
			StoryWorkflow workflow, CurrentActor currentActor, ApplicationEventPublisher events,
			EntityManager entityManager, Clock clock) {
		this.articles = articles;
		this.revisions = revisions;
		this.corrections = corrections;
		this.edits = edits;
		this.queries = queries;
		this.articleService = articleService;
		this.previews = previews;
		this.workflow = workflow;
		this.currentActor = currentActor;
		this.events = events;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The editorial blocks of the admin dashboard, as the acting staff member may see
	 * them.
	 */
	public EditorialDashboard dashboard() {
		Actor actor = this.currentActor.require();
		Long owner = actor.isAtLeast(Role.EDITOR) ? null : actor.userId();
		return this.queries.dashboard(actor.userId(), owner, DASHBOARD_BLOCK);
	}

	/** The choices of the editor's section, byline and source selects. */
	public EditorOptions options() {
		this.currentActor.require();
		return this.queries.options();
	}

	/** The editor page of a stored story. */
	public ArticleEditor editor(Long id) {
		Actor actor = this.currentActor.require();
		Article article = find(id);
		EditorialPolicy.requireEdit(actor, article);
		return new ArticleEditor(article.getId(), article.getSlug(), article.getStatus(), article.getPublishedAt(),
				article.getReleaseAt(), article.getUpdatedAt(), article.isLiveAt(this.clock.instant()),
				this.edits.of(article), article.unmetChecklist(), EditorialPolicy.actions(actor, article),
				this.corrections.findViews(id), this.previews.linkFor(id));
	}

	/**
	 * Files a new draft owned by the acting staff member; its first revision is this
	 * save.
	 */
	@Transactional
	public Long create(ArticleEdit edit) {
		Actor actor = this.currentActor.require();
		Article article = new Article(null, edit.headline(), this.clock);
		article.setCreatedBy(actor.userId());
		ArticleEdits.Resolved resolved = this.edits.resolve(edit);
		String slug = this.edits.slugFor(article, edit);
		this.edits.apply(article, resolved, true);
		article.setSlug(slug);
		this.articles.forgetOldSlug(article.getSlug());
		this.articles.save(article);
		record(article, actor);
		return article.getId();
	}

	/**
	 * Saves an edit made from {@code edit.version()}. If the story changed since, nothing
	 * is written and {@link ArticleConflictException} says so. A story that is live or
	 * queued must still meet the checklist after the edit. A changed slug of a story that
	 * has been public keeps the old URL.
	 */
	@Transactional
	public void update(Long id, ArticleEdit edit) {
		Actor actor = this.currentActor.require();
		Article article = this.articles.findForUpdate(id)
			.orElseThrow(() -> new ArticleNotFoundException(id.toString()));
		EditorialPolicy.requireEdit(actor, article);
		if (edit.version() == null || edit.version() != article.getVersion()) {
			throw new ArticleConflictException(id);
		}
		// Every rule is checked before the story is touched: a refused edit changes
		// nothing, not even in
		// this transaction's persistence context.
		ArticleEdits.Resolved resolved = this.edits.resolve(edit);
		String newSlug = this.edits.slugFor(article, edit);
		if (StoryWorkflow.isPublicOrQueued(article)) {
			StoryWorkflow.requireChecklist(resolved.unmetChecklist());
		}
		keepBaseline(article);
		String oldSlug = article.getSlug();
		this.edits.apply(article, resolved, true);
		moveSlug(article, oldSlug, newSlug);
		record(article, actor);
	}

	/**
	 * Saves what the editor's form holds, then makes the workflow move, in one
	 * transaction, so that the move acts on the text the editor sees: when the save or
	 * the move is refused (a conflict with another save, a rule, the checklist), neither
	 * happens. A form that says what the story already says is not saved again (no new
	 * revision), whatever version it started from.
	 */
	@Transactional
	public void saveAndMove(Long id, ArticleEdit edit, WorkflowMove move) {
		Actor actor = this.currentActor.require();
		Article article = find(id);
		EditorialPolicy.requireEdit(actor, article);
		if (!edit.sameAs(this.edits.of(article))) {
			update(id, edit);
		}
		this.workflow.move(id, move);
	}

	/**
	 * Files a new story and makes the workflow move (e.g. publishes it), in one
	 * transaction: when the move is refused, the story is not filed either.
	 */
	@Transactional
	public Long createAndMove(ArticleEdit edit, WorkflowMove move) {
		Long id = create(edit);
		this.workflow.move(id, move);
		return id;
	}

	/** Whether the acting member may publish their own new story: Authors and up. */
	public boolean mayPublishOwn() {
		return this.currentActor.require().isAtLeast(Role.AUTHOR);
	}

	/**
	 * The stored story beside the edit that conflicted with it, for the editor to merge
	 * by hand.
	 */
	public ArticleConflict conflict(Long id, ArticleEdit theirs) {
		Actor actor = this.currentActor.require();
		Article article = find(id);
		EditorialPolicy.requireEdit(actor, article);
		return new ArticleConflict(id, theirs, this.edits.of(article), article.getVersion());
	}

	/**
	 * The story as the edit would make it, rendered for the article page but never saved.
	 * With an id, the stored story's times, comments and corrections show as well.
	 */
	public ArticlePreview preview(Long id, ArticleEdit edit) {
		Actor actor = this.currentActor.require();
		Article article;
		if (id != null) {
			article = find(id);
			EditorialPolicy.requireEdit(actor, article);
			Hibernate.initialize(article.getBylines());
			Hibernate.initialize(article.getSources());
			Hibernate.initialize(article.getTags());
			this.entityManager.detach(article);
		}
		else {
			article = new Article(null, edit.headline(), this.clock);
		}
		this.edits.apply(article, edit, false);
		if (article.getSlug() == null) {
			article.setSlug(this.edits.slugFor(article, edit));
		}
		return new ArticlePreview(this.articleService.view(article, List.of()), article.getStatus(),
				article.getReleaseAt(), null);
	}

	/**
	 * Restores a revision's text as a new revision, from the version the editor was
	 * looking at.
	 */
	@Transactional
	public void restore(Long id, int number, long version) {
		Actor actor = this.currentActor.require();
		Article article = this.articles.findForUpdate(id)
			.orElseThrow(() -> new ArticleNotFoundException(id.toString()));
		EditorialPolicy.requireEdit(actor, article);
		if (version != article.getVersion()) {
			throw new ArticleConflictException(id);
		}
		ArticleRevision revision = this.revisions.findByArticleIdAndRevisionNumber(id, number)
			.orElseThrow(() -> new ArticleNotFoundException(id + " revision " + number));
		if (StoryWorkflow.isPublicOrQueued(article)) {
			StoryWorkflow.requireChecklist(
					article.unmetChecklistWith(revision.getHeadline(), revision.getDeck(), revision.getDatelineCity()));
		}
		keepBaseline(article);
		article.setHeadline(revision.getHeadline());
		article.setDeck(revision.getDeck());
		article.setDateline(revision.getDatelineCity(), revision.getDatelineCountry());
		this.edits.render(article, revision.getBodyMarkdown());
		record(article, actor);
	}

	/** Sends the story to the review queue: its writer or an editor. */
	@Transactional
	public void submitForReview(Long id) {
		this.workflow.submitForReview(id);
	}

	/** Sends a story in review back to draft: editors. */
	@Transactional
	public void returnToDraft(Long id) {
		this.workflow.returnToDraft(id);
	}

	/** Puts the story live now: its Author, or an editor; the checklist must be met. */
	@Transactional
	public void publish(Long id) {
		this.workflow.publish(id);
	}

	/** Queues the story to go live at a future time: its Author, or an editor. */
	@Transactional
	public void schedule(Long id, Instant at) {
		this.workflow.schedule(id, at);
	}

	/**
	 * Holds the story off every public surface until a future time, then releases it:
	 * editors.
	 */
	@Transactional
	public void embargo(Long id, Instant until) {
		this.workflow.embargo(id, until);
	}

	/** Takes the story off the site, or cancels its release: editors. */
	@Transactional
	public void unpublish(Long id) {
		this.workflow.unpublish(id);
	}

	/**
	 * Puts live every scheduled story whose time has come and lifts every embargo that
	 * has expired (see {@link StoryWorkflow#releaseDue()}).
	 * @return how many stories this call released
	 */
	@Transactional
	public int releaseDue() {
		return this.workflow.releaseDue();
	}

	Article find(Long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id.toString()));
	}

	/**
	 * A story filed before the editor existed (imports, demo) gets its stored text as
	 * revision 1.
	 */
	private void keepBaseline(Article article) {
		if (this.revisions.lastNumber(article.getId()) == 0) {
			this.revisions.save(new ArticleRevision(article, 1, null, null, article.getUpdatedAt()));
		}
	}

	private void moveSlug(Article article, String oldSlug, String newSlug) {
		if (newSlug.equals(oldSlug)) {
			return;
		}
		this.articles.forgetOldSlug(newSlug);
		if (article.getPublishedAt() != null) {
			this.articles.rememberOldSlug(oldSlug, article.getId());
		}
		article.setSlug(newSlug);
	}

	/**
	 * Writes the story (refusing it if someone else's save got in first), then its new
	 * revision, and tells listeners.
	 */
	private void record(Article article, Actor actor) {
		Instant now = this.clock.instant();
		article.touch(this.clock);
		try {
			this.entityManager.flush();
		}
		catch (OptimisticLockException | OptimisticLockingFailureException ex) {
			throw new ArticleConflictException(article.getId());
		}
		int number = this.revisions.lastNumber(article.getId()) + 1;
		this.revisions.save(new ArticleRevision(article, number, actor.userId(), actor.displayName(), now));
		this.events
			.publishEvent(new ArticleUpdated(article.getId(), article.getSlug(), number, article.getStatus(), actor));
	}

}
