package news.dateline.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleListQueries;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.ArticleRow;
import news.dateline.media.ExpiredImages;
import news.dateline.tag.Tag;

/**
 * The narrow read side the feed and search modules build on: live stories as feed entries
 * and as sitemap links, and which stories show a renamed section, author, tag or source.
 * Pages and lists for readers are {@link ArticleService}'s.
 */
@Service
@Transactional(readOnly = true)
public class ArticleSyndication {

	private final ArticleRepository articles;

	private final ArticleListQueries lists;

	private final Clock clock;

	private final ExpiredImages expiredImages;

	ArticleSyndication(ArticleRepository articles, ArticleListQueries lists, Clock clock, ExpiredImages expiredImages) {
		this.expiredImages = expiredImages;
		this.articles = articles;
		this.lists = lists;
		this.clock = clock;
	}

	/** The newest live stories of a list with their bodies, for feeds. */
	public List<ArticleEntry> latestEntries(StoryList list, int limit) {
		Instant now = this.clock.instant();
		List<Long> ids = this.lists.older(list, now, null, limit).stream().map(ArticleRow::id).toList();
		Map<Long, Article> byId = new HashMap<>();
		this.articles.findAllById(ids).forEach((article) -> byId.put(article.getId(), article));
		Map<Long, List<ArticleCard.Byline>> bylines = this.lists.bylines(ids);
		List<Article> found = ids.stream().map(byId::get).filter((article) -> article != null).toList();
		List<String> bodies = this.expiredImages.replaceInAll(found.stream().map(Article::getBodyHtml).toList());
		List<ArticleEntry> entries = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			Article article = found.get(i);
			entries.add(new ArticleEntry(article.getId(), article.getSlug(), article.getHeadline(), article.getDeck(),
					bodies.get(i), article.getPublishedAt(), article.getUpdatedAt(),
					(article.getSection() != null) ? article.getSection().getName() : null,
					bylines.getOrDefault(article.getId(), List.of()),
					article.getTags().stream().map(Tag::getName).sorted().toList()));
		}
		return entries;
	}

	/** How many stories are live now. */
	public long countLive() {
		return this.lists.countLive(this.clock.instant());
	}

	/** A page of live story URLs with their last change, by id, for the sitemap. */
	public List<PageLink> liveLinks(int page, int size) {
		return this.lists.liveLinks(this.clock.instant(), Math.max(0, page) * size, size);
	}

	/** Live stories published within the given time before now, newest first. */
	public List<NewsLink> publishedWithin(Duration window, int limit) {
		Instant now = this.clock.instant();
		return this.lists.liveSince(now.minus(window), now, limit);
	}

	/** Section, author or tag pages that have live stories, with their latest change. */
	public List<PageLink> listingLinks(StoryList.Kind kind) {
		return this.lists.listingLinks(kind, this.clock.instant());
	}

	/**
	 * Ids of the published stories showing the name of the section, author, tag or source
	 * ({@code kind}) with this slug.
	 */
	public List<Long> publishedIdsNaming(StoryList.Kind kind, String slug) {
		return this.lists.publishedIdsNaming(kind, slug);
	}

}
