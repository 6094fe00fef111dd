package news.dateline.article;

import java.time.Instant;
import java.util.Locale;

import news.dateline.security.Actor;

/**
 * A story moved in the workflow without going live: submitted for review, sent back to
 * draft, scheduled or embargoed (with the release time).
 */
public record ArticleWorkflowChanged(Long articleId, String slug, ArticleStatus from, ArticleStatus to,
		Instant releaseAt, Actor actor) implements EditorialEvent {

	@Override
	public String action() {
		return "article." + this.to.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public String detail() {
		String line = "/articles/" + this.slug + ": " + this.from + " -> " + this.to;
		return (this.releaseAt != null) ? line + " until " + this.releaseAt : line;
	}

}
