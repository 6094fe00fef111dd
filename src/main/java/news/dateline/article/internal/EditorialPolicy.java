package news.dateline.article.internal;

import org.springframework.security.access.AccessDeniedException;

import news.dateline.article.ArticleStatus;
import news.dateline.article.EditorialActions;
import news.dateline.security.Actor;
import news.dateline.security.Role;

/**
 * Who may do what to a story, by role and ownership. Contributors write their own drafts
 * and submit them; Authors also publish and schedule their own stories; Editors and
 * Administrators edit, schedule, embargo, publish, unpublish and correct any story.
 */
public final class EditorialPolicy {

	private EditorialPolicy() {
	}

	public static boolean canEdit(Actor actor, Article article) {
		if (actor.isAtLeast(Role.EDITOR)) {
			return true;
		}
		if (!article.isOwnedBy(actor.userId())) {
			return false;
		}
		if (actor.isAtLeast(Role.AUTHOR)) {
			return true;
		}
		ArticleStatus status = article.getStatus();
		return status == ArticleStatus.DRAFT || status == ArticleStatus.IN_REVIEW
				|| status == ArticleStatus.UNPUBLISHED;
	}

	/** Publishing and scheduling: an Author's own stories, or any story for Editors. */
	static boolean canPublish(Actor actor, Article article) {
		return actor.isAtLeast(Role.EDITOR) || (actor.isAtLeast(Role.AUTHOR) && article.isOwnedBy(actor.userId()));
	}

	/** Embargoing, unpublishing, sending back to draft and correcting: Editors only. */
	public static boolean canManage(Actor actor) {
		return actor.isAtLeast(Role.EDITOR);
	}

	/**
	 * Unpublishing, or taking out of the queue: Editors, for a public or queued story.
	 */
	public static boolean canUnpublish(Actor actor, ArticleStatus status) {
		return canManage(actor) && (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED
				|| status == ArticleStatus.EMBARGOED);
	}

	/** Deleting: a draft never published, by whoever may edit it. */
	public static boolean canDeleteDraft(Actor actor, Article article) {
		return canEdit(actor, article) && article.getStatus() == ArticleStatus.DRAFT
				&& article.getPublishedAt() == null;
	}

	public static void requireEdit(Actor actor, Article article) {
		check(canEdit(actor, article), actor, "edit", article);
	}

	public static void requirePublish(Actor actor, Article article) {
		check(canPublish(actor, article), actor, "publish or schedule", article);
	}

	public static void requireManage(Actor actor, Article article) {
		check(canManage(actor), actor, "embargo, unpublish or correct", article);
	}

	/**
	 * The workflow buttons the editor page offers this actor for the story in its current
	 * state.
	 */
	public static EditorialActions actions(Actor actor, Article article) {
		ArticleStatus status = article.getStatus();
		boolean published = status == ArticleStatus.PUBLISHED;
		boolean editable = status == ArticleStatus.DRAFT || status == ArticleStatus.UNPUBLISHED;
		return new EditorialActions(canEdit(actor, article) && editable,
				canManage(actor) && status == ArticleStatus.IN_REVIEW, canPublish(actor, article) && !published,
				canPublish(actor, article) && !published, canManage(actor) && !published, canUnpublish(actor, status),
				canManage(actor) && published);
	}

	private static void check(boolean allowed, Actor actor, String action, Article article) {
		if (!allowed) {
			throw new AccessDeniedException(
					actor.displayName() + " (" + actor.role() + ") may not " + action + " article " + article.getId());
		}
	}

}
