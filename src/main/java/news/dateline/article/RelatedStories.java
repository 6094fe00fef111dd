package news.dateline.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleListQueries;
import news.dateline.article.internal.ArticleRow;
import news.dateline.tag.Tag;

/**
 * Picks the related stories a story page shows, for {@link ArticleService}: stories
 * sharing the most tags, then the most similar by text, then the newest of the section.
 */
@Component
class RelatedStories {

	static final int RELATED = 4;

	private final ArticleListQueries lists;

	private final ObjectProvider<SimilarStories> similar;

	RelatedStories(ArticleListQueries lists, ObjectProvider<SimilarStories> similar) {
		this.lists = lists;
		this.similar = similar;
	}

	/**
	 * Stories sharing the most tags first, then the most similar by text (from the search
	 * index), then the newest of the section; live stories in its language only.
	 */
	List<ArticleCard> of(Article article, Instant now) {
		List<Long> tagIds = article.getTags().stream().map(Tag::getId).toList();
		List<ArticleRow> rows = this.lists.relatedByTags(article.getId(), article.getLanguage(), tagIds, now,
				RELATED * 3);
		if (rows.size() < RELATED) {
			rows = withUntagged(article, rows, now);
		}
		return this.lists.cards(rows.subList(0, Math.min(RELATED, rows.size())));
	}

	/**
	 * The live related rows so far, topped up with similar stories, then the newest of
	 * the section.
	 */
	private List<ArticleRow> withUntagged(Article article, List<ArticleRow> tagged, Instant now) {
		Map<Long, ArticleRow> rows = new LinkedHashMap<>();
		tagged.forEach((row) -> rows.put(row.id(), row));
		SimilarStories similarStories = this.similar.getIfAvailable();
		if (similarStories != null) {
			List<Long> candidates = similarStories.similarTo(article.getId(), RELATED * 2)
				.stream()
				.filter((id) -> !id.equals(article.getId()) && !rows.containsKey(id))
				.toList();
			addUpTo(rows, this.lists.liveByIds(candidates, now, article.getLanguage()), article.getId());
		}
		if (rows.size() < RELATED && article.getSection() != null) {
			addUpTo(rows, this.lists.older(StoryList.section(article.getSection().getId()).in(article.getLanguage()),
					now, null, RELATED + 1), article.getId());
		}
		return List.copyOf(rows.values());
	}

	private static void addUpTo(Map<Long, ArticleRow> rows, List<ArticleRow> more, Long except) {
		for (ArticleRow row : more) {
			if (rows.size() < RELATED && !row.id().equals(except)) {
				rows.putIfAbsent(row.id(), row);
			}
		}
	}

}
