package news.dateline.article;

import news.dateline.security.Actor;

/**
 * A story joined or left a translation group: a translation was started from it, it was
 * linked to another story, or unlinked. {@code otherId} is the other story of the change
 * (the new translation, the story it was linked to, or the group it left).
 */
public record ArticleTranslationChanged(Long articleId, String slug, String change, Long otherId, String language,
		Actor actor) implements EditorialEvent {

	/** A translation was started from the story. */
	public static final String STARTED = "start";

	/** The story was linked into a translation group. */
	public static final String LINKED = "link";

	/** The story left its translation group. */
	public static final String UNLINKED = "unlink";

	@Override
	public String action() {
		return "article.translation-" + this.change;
	}

	@Override
	public String detail() {
		return "/articles/" + this.slug + " (" + this.language + "): translation " + this.change + " with story "
				+ this.otherId;
	}

}
