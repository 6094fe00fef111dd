package news.dateline.article;

import java.time.Instant;

import news.dateline.security.Actor;

/**
 * A story went live: by an editor's hand, by the release job when its scheduled time came
 * or its embargo lifted, or filed as already published by the demo loader or an import
 * (then {@code actor} is null and {@code origin} says which).
 */
public record ArticlePublished(Long articleId, String slug, Instant publishedAt, Actor actor,
		Origin origin) implements EditorialEvent, ArticleChange {

	/** What made the story go live. */
	public enum Origin {

		EDITOR("article.publish", null), RELEASE("article.release", "scheduler"), DEMO("article.demo", "demo"),
		IMPORT("article.import", "import");

		private final String action;

		private final String system;

		Origin(String action, String system) {
			this.action = action;
			this.system = system;
		}

	}

	/** Published by an editor, or released on schedule when {@code actor} is null. */
	public ArticlePublished(Long articleId, String slug, Instant publishedAt, Actor actor) {
		this(articleId, slug, publishedAt, actor, (actor != null) ? Origin.EDITOR : Origin.RELEASE);
	}

	@Override
	public String action() {
		return this.origin.action;
	}

	@Override
	public String systemOrigin() {
		return (this.origin.system != null) ? this.origin.system : EditorialEvent.super.systemOrigin();
	}

	@Override
	public String detail() {
		return "published /articles/" + this.slug + " at " + this.publishedAt;
	}

}
