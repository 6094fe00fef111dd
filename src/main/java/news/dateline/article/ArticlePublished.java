package news.dateline.article;

import java.time.Instant;

import news.dateline.security.Actor;

/**
 * A story went live: by an editor's hand, or by the release job when its scheduled time came or its
 * embargo lifted (then {@code actor} is null).
 */
public record ArticlePublished(Long articleId, String slug, Instant publishedAt, Actor actor)
		implements EditorialEvent, ArticleChange {

	@Override
	public String action() {
		return (this.actor == null) ? "article.release" : "article.publish";
	}

	@Override
	public String detail() {
		return "published /articles/" + this.slug + " at " + this.publishedAt;
	}

}
