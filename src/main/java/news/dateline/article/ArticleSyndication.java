package news.dateline.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleListQueries;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.ArticleRow;
import news.dateline.article.internal.EditionQueries;
import news.dateline.media.ExpiredImages;
import news.dateline.tag.TagService;

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

	private final EditionQueries editions;

	private final EditionNames names;

	private final TagService tags;

	ArticleSyndication(ArticleRepository articles, ArticleListQueries lists, Clock clock, ExpiredImages expiredImages,
			EditionQueries editions, EditionNames names, TagService tags) {
		this.editions = editions;
		this.tags = tags;
		this.names = names;
		this.expiredImages = expiredImages;
		this.articles = articles;
		this.lists = lists;
		this.clock = clock;
	}

	/** The newest live stories of a list with their bodies, for feeds. */
	public List<ArticleEntry> latestEntries(StoryList list, int limit) {
		Instant now = this.clock.instant();
		return entries(this.lists.older(list, now, null, limit).stream().map(ArticleRow::id).toList());
	}

	/** The newest live stories in a language (an edition's code) with their bodies. */
	public List<ArticleEntry> latestEntries(String language, int limit) {
		return entries(this.editions.latestIds(language, this.clock.instant(), limit));
	}

	private List<ArticleEntry> entries(List<Long> ids) {
		Map<Long, Article> byId = new HashMap<>();
		this.articles.findAllById(ids).forEach((article) -> byId.put(article.getId(), article));
		Map<Long, List<ArticleCard.Byline>> bylines = this.lists.bylines(ids);
		List<Article> found = ids.stream().map(byId::get).filter((article) -> article != null).toList();
		List<String> bodies = this.expiredImages.replaceInAll(found.stream().map(Article::getBodyHtml).toList());
		List<ArticleEntry> entries = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			Article article = found.get(i);
			// the section and tags as the story's edition names them (its categories)
			entries.add(new ArticleEntry(article.getId(), article.getSlug(), article.getHeadline(), article.getDeck(),
					bodies.get(i), article.getPublishedAt(), article.getUpdatedAt(), this.names.sectionNameOf(article),
					bylines.getOrDefault(article.getId(), List.of()), this.names.tagNamesOf(article)));
		}
		return entries;
	}

	/** How many stories in a language (an edition's code) are live now. */
	public long countLive(String language) {
		return this.editions.countLive(language, this.clock.instant());
	}

	/**
	 * A page of the live stories in a language, by id, with the live stories of their
	 * translation groups, for the edition's sitemap: two queries.
	 */
	public List<EditionLink> liveLinks(String language, int page, int size) {
		Instant now = this.clock.instant();
		List<Object[]> rows = this.editions.liveLinks(language, now, Math.max(0, page) * size, size);
		Set<Long> groups = rows.stream()
			.map((row) -> (Long) row[3])
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Map<String, String>> byGroup = new HashMap<>();
		for (Object[] member : this.editions.liveTranslations(groups, now)) {
			byGroup.computeIfAbsent((Long) member[0], (group) -> new TreeMap<>())
				.put((String) member[1], (String) member[2]);
		}
		return rows.stream().map((row) -> {
			Map<String, String> group = byGroup.getOrDefault((Long) row[3], Map.of());
			return new EditionLink((String) row[1], (Instant) row[2], (group.size() > 1) ? group : Map.of());
		}).toList();
	}

	/**
	 * Live stories in a language (an edition's code) published within the given time
	 * before now, newest first.
	 */
	public List<NewsLink> publishedWithin(String language, Duration window, int limit) {
		Instant now = this.clock.instant();
		return this.editions.liveSince(language, now.minus(window), now, limit);
	}

	/** Section, author or tag pages that have live stories, with their latest change. */
	public List<PageLink> listingLinks(StoryList.Kind kind) {
		return this.lists.listingLinks(kind, this.clock.instant());
	}

	/**
	 * Section, author or tag pages of an edition (by its language) that have its live
	 * stories, at their paths there (a section's and a tag's slug in the language, the
	 * default one's where it has none), without the edition's prefix.
	 */
	public List<PageLink> listingLinks(StoryList.Kind kind, String language) {
		List<PageLink> links = this.lists.listingLinks(kind, this.clock.instant(), language);
		Map<String, String> slugs = switch (kind) {
			case SECTION -> this.names.sectionSlugs(language);
			case TAG -> this.tags.slugsIn(language);
			default -> Map.of();
		};
		if (slugs.isEmpty()) {
			return links;
		}
		String prefix = (kind == StoryList.Kind.SECTION) ? "/sections/" : "/tags/";
		return links.stream().map((link) -> {
			String own = link.path().substring(prefix.length());
			return new PageLink(prefix + slugs.getOrDefault(own, own), link.lastModified());
		}).sorted(Comparator.comparing(PageLink::path)).toList();
	}

	/**
	 * Ids of the published stories showing the name of the section, author, tag or source
	 * ({@code kind}) with this slug.
	 */
	public List<Long> publishedIdsNaming(StoryList.Kind kind, String slug) {
		return this.lists.publishedIdsNaming(kind, slug);
	}

}
