package news.dateline.admin;

import java.util.Optional;
import java.util.function.Supplier;

import news.dateline.comment.ModerationCounts;
import news.dateline.security.Actor;
import news.dateline.security.Role;

/**
 * What the admin navigation shows the signed-in member: the areas their role reaches, and
 * the number of comments awaiting moderation (read only if the page shows it).
 */
public final class AdminNavigation {

	private final Actor actor;

	private final Supplier<Optional<ModerationCounts>> counts;

	private Optional<ModerationCounts> loaded;

	AdminNavigation(Actor actor, Supplier<Optional<ModerationCounts>> counts) {
		this.actor = actor;
		this.counts = counts;
	}

	public boolean isSignedIn() {
		return this.actor != null;
	}

	/** Authors and up: uploading to the media library. */
	public boolean isUploader() {
		return this.actor != null && this.actor.isAtLeast(Role.AUTHOR);
	}

	/** Editors and Administrators: comments and the newsroom's data. */
	public boolean isModerator() {
		return this.actor != null && this.actor.isAtLeast(Role.EDITOR);
	}

	/** Administrators: users, the audit log, settings. */
	public boolean isAdministrator() {
		return this.actor != null && this.actor.isAtLeast(Role.ADMINISTRATOR);
	}

	/** Comments awaiting moderation, or null when the member does not moderate. */
	public Long pendingComments() {
		if (!isModerator()) {
			return null;
		}
		if (this.loaded == null) {
			this.loaded = this.counts.get();
		}
		return this.loaded.map(ModerationCounts::pending).orElse(null);
	}

}
