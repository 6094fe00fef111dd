package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.DueRelease;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;

/**
 * A story's moves from draft to published and back: each checks who may make it (see
 * {@link EditorialPolicy}), the pre-publish checklist guards every way to the public
 * site, and each tells listeners. Also releases scheduled and embargoed stories when
 * their time comes. Called inside {@link EditorialService}'s write transactions.
 */
@Component
class StoryWorkflow {

	static final int RELEASE_BATCH = 100;

	private final ArticleRepository articles;

	private final CorrectionService correctionLog;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StoryWorkflow(ArticleRepository articles, CorrectionService correctionLog, CurrentActor currentActor,
			ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.correctionLog = correctionLog;
		this.currentActor = currentActor;
		this.events = events;
		this.clock = clock;
	}

	void move(Long id, WorkflowMove move) {
		if (move instanceof WorkflowMove.Submit) {
			submitForReview(id);
		}
		else if (move instanceof WorkflowMove.ReturnToDraft) {
			returnToDraft(id);
		}
		else if (move instanceof WorkflowMove.Publish) {
			publish(id);
		}
		else if (move instanceof WorkflowMove.Schedule schedule) {
			schedule(id, schedule.at());
		}
		else if (move instanceof WorkflowMove.Embargo embargo) {
			embargo(id, embargo.until());
		}
		else if (move instanceof WorkflowMove.Unpublish) {
			unpublish(id);
		}
		else if (move instanceof WorkflowMove.Correct correct) {
			this.correctionLog.add(id, correct.kind(), correct.note());
		}
	}

	/** Sends the story to the review queue: its writer or an editor. */
	void submitForReview(Long id) {
		Actor actor = this.currentActor.require();
		Article article = find(id);
		EditorialPolicy.requireEdit(actor, article);
		ArticleStatus from = article.getStatus();
		article.submitForReview();
		moved(article, from, actor);
	}

	/** Sends a story in review back to draft: editors. */
	void returnToDraft(Long id) {
		Actor actor = this.currentActor.require();
		Article article = find(id);
		EditorialPolicy.requireManage(actor, article);
		ArticleStatus from = article.getStatus();
		article.returnToDraft();
		moved(article, from, actor);
	}

	/** Puts the story live now: its Author, or an editor; the checklist must be met. */
	void publish(Long id) {
		Actor actor = this.currentActor.require();
		Article article = find(id);
		EditorialPolicy.requirePublish(actor, article);
		requireChecklist(article);
		article.publish(this.clock);
		this.events.publishEvent(new ArticlePublished(id, article.getSlug(), article.getPublishedAt(), actor));
	}

	/** Queues the story to go live at a future time: its Author, or an editor. */
	void schedule(Long id, Instant at) {
		queue(id, at, false);
	}

	/**
	 * Holds the story off every public surface until a future time, then releases it:
	 * editors.
	 */
	void embargo(Long id, Instant until) {
		queue(id, until, true);
	}

	private void queue(Long id, Instant at, boolean embargo) {
		Actor actor = this.currentActor.require();
		Article article = find(id);
		if (embargo) {
			EditorialPolicy.requireManage(actor, article);
		}
		else {
			EditorialPolicy.requirePublish(actor, article);
		}
		requireChecklist(article);
		ArticleStatus from = article.getStatus();
		if (embargo) {
			article.embargoUntil(at, this.clock);
		}
		else {
			article.schedule(at, this.clock);
		}
		moved(article, from, actor);
	}

	/** Takes the story off the site, or cancels its release: editors. */
	void unpublish(Long id) {
		Actor actor = this.currentActor.require();
		Article article = find(id);
		EditorialPolicy.requireManage(actor, article);
		ArticleStatus from = article.getStatus();
		article.unpublish();
		this.events.publishEvent(new ArticleUnpublished(id, article.getSlug(), from, actor));
	}

	/**
	 * Puts live every scheduled story whose time has come and lifts every embargo that
	 * has expired, as of each story's release time. Each story is released by one
	 * conditional UPDATE, so a second run, or another node running at the same moment,
	 * releases nothing twice.
	 * @return how many stories this call released
	 */
	int releaseDue() {
		Instant now = this.clock.instant();
		int released = 0;
		for (DueRelease due : this.articles.findDue(now, Limit.of(RELEASE_BATCH))) {
			if (this.articles.release(due.id(), now) == 1) {
				released++;
				this.events.publishEvent(new ArticlePublished(due.id(), due.slug(), due.releaseAt(), null));
			}
		}
		return released;
	}

	private void moved(Article article, ArticleStatus from, Actor actor) {
		this.events.publishEvent(new ArticleWorkflowChanged(article.getId(), article.getSlug(), from,
				article.getStatus(), article.getReleaseAt(), actor));
	}

	static boolean isPublicOrQueued(Article article) {
		ArticleStatus status = article.getStatus();
		return status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED
				|| status == ArticleStatus.EMBARGOED;
	}

	private static void requireChecklist(Article article) {
		requireChecklist(article.unmetChecklist());
	}

	static void requireChecklist(List<ChecklistItem> unmet) {
		if (!unmet.isEmpty()) {
			throw new ChecklistNotMetException(unmet);
		}
	}

	private Article find(Long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id.toString()));
	}

}
