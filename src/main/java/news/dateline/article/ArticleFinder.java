package news.dateline.article;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.ArticleSearchQueries;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.article.internal.EditorialQueries;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.SiteProperties;

/**
 * The admin article list: searching and filtering the newsroom's stories, paged by
 * keyset. Contributors and Authors find their own stories; Editors and Administrators
 * every story. Each row says what the searcher may do to it (see
 * {@link ArticleBulkService} for the doing).
 */
@Service
@Transactional(readOnly = true)
public class ArticleFinder {

	static final int PAGE_SIZE = 25;

	private final ArticleSearchQueries queries;

	private final EditorialQueries editorial;

	private final ArticlePreviews previews;

	private final CurrentActor currentActor;

	private final SiteProperties site;

	ArticleFinder(ArticleSearchQueries queries, EditorialQueries editorial, ArticlePreviews previews,
			CurrentActor currentActor, SiteProperties site) {
		this.queries = queries;
		this.editorial = editorial;
		this.previews = previews;
		this.currentActor = currentActor;
		this.site = site;
	}

	public ArticleSearchPage find(ArticleSearch search) {
		Actor actor = this.currentActor.require();
		Long owner = actor.isAtLeast(Role.EDITOR) ? null : actor.userId();
		List<ArticleSummary> found = this.queries.find(search, owner, this.site.timeZone(), PAGE_SIZE + 1);
		boolean more = found.size() > PAGE_SIZE;
		boolean backwards = search.before() != null;
		List<ArticleSummary> page = !more ? found
				: backwards ? found.subList(1, found.size()) : found.subList(0, PAGE_SIZE);
		ArticleSearch previous = null;
		ArticleSearch next = null;
		if (!page.isEmpty()) {
			boolean hasPrevious = backwards ? more : search.after() != null;
			boolean hasNext = backwards || more;
			previous = hasPrevious ? search.before(page.get(0).id()) : null;
			next = hasNext ? search.after(page.get(page.size() - 1).id()) : null;
		}
		List<ArticleSearchPage.Row> rows = page.stream().map((story) -> row(story, actor)).toList();
		return new ArticleSearchPage(rows, search, previous, next, this.editorial.counts(owner),
				this.editorial.filterOptions());
	}

	private ArticleSearchPage.Row row(ArticleSummary story, Actor actor) {
		boolean live = story.status() == ArticleStatus.PUBLISHED;
		return new ArticleSearchPage.Row(story, live ? null : this.previews.linkFor(story.id()),
				EditorialPolicy.canUnpublish(actor, story.status()));
	}

}
