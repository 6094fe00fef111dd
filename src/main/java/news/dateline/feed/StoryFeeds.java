package news.dateline.feed;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

import news.dateline.article.ArticleEntry;
import news.dateline.article.ArticleSyndication;
import news.dateline.article.StoryList;
import news.dateline.author.AuthorService;
import news.dateline.author.AuthorView;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.source.SourceService;
import news.dateline.source.SourceView;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.NotFoundException;
import news.dateline.tag.TagService;
import news.dateline.tag.TagView;

/**
 * The story feeds: each edition's whole site, and each section, author, tag and source,
 * each with its latest {@value #ITEMS} live stories in full.
 */
@Configuration(proxyBeanMethods = false)
class StoryFeeds {

	static final int ITEMS = 20;

	/**
	 * The site feed of each edition, of its stories only, titled in its language: the
	 * default edition's at {@code /feed.atom} (slug null), another's at
	 * {@code /es/feed.atom} (slug "es").
	 */
	@Bean
	FeedSource siteFeed(ArticleSyndication articles, MessageSource messages, Editions editions) {
		return new FeedSource() {

			@Override
			public String kind() {
				return FeedSource.SITE;
			}

			@Override
			public FeedContent feed(String slug) {
				Edition edition = (slug != null) ? editions.byCode(slug)
					.filter((found) -> !found.isDefault())
					.orElseThrow(() -> new NotFoundException("feed " + slug)) : editions.defaultEdition();
				List<FeedContent.FeedItem> items = articles.latestEntries(edition.code(), ITEMS)
					.stream()
					.map((entry) -> item(entry, edition))
					.toList();
				Locale locale = edition.locale();
				return new FeedContent(messages.getMessage("site.name", null, locale),
						messages.getMessage("site.description", null, locale), edition.path("/"), edition.path("/feed"),
						items, edition.languageTag());
			}

		};
	}

	@Bean
	FeedSource sectionFeeds(ArticleSyndication articles, SectionService sections, MessageSource messages) {
		return source("sections", articles, (slug) -> {
			SectionView section = sections.bySlug(slug);
			return new Target(StoryList.section(section.id()), message(messages, "listing.title", section.name()),
					section.description(), section.url());
		});
	}

	@Bean
	FeedSource authorFeeds(ArticleSyndication articles, AuthorService authors, MessageSource messages) {
		return source("authors", articles, (slug) -> {
			AuthorView author = authors.bySlug(slug);
			return new Target(StoryList.author(author.id()), message(messages, "listing.title", author.name()),
					author.bio(), author.url());
		});
	}

	@Bean
	FeedSource tagFeeds(ArticleSyndication articles, TagService tags, MessageSource messages) {
		return source("tags", articles, (slug) -> {
			TagView tag = tags.bySlug(slug);
			return new Target(StoryList.tag(tag.id()), message(messages, "listing.title", tag.name()),
					message(messages, "meta.tag-description", tag.name()), tag.url());
		});
	}

	@Bean
	FeedSource sourceFeeds(ArticleSyndication articles, SourceService sources, MessageSource messages) {
		return source("sources", articles, (slug) -> {
			SourceView source = sources.bySlug(slug);
			return new Target(StoryList.source(source.id()), message(messages, "listing.title", source.name()),
					message(messages, "listing.source-title", source.name()), source.pageUrl());
		});
	}

	private static FeedSource source(String kind, ArticleSyndication articles, Function<String, Target> resolve) {
		return new FeedSource() {

			@Override
			public String kind() {
				return kind;
			}

			@Override
			public FeedContent feed(String slug) {
				Target target = resolve.apply(slug);
				List<FeedContent.FeedItem> items = articles.latestEntries(target.list(), ITEMS)
					.stream()
					.map(StoryFeeds::item)
					.toList();
				String feedPath = kind.isEmpty() ? "/feed" : target.pagePath() + "/feed";
				return new FeedContent(target.title(), target.description(), target.pagePath(), feedPath, items);
			}

		};
	}

	private static FeedContent.FeedItem item(ArticleEntry entry) {
		return item(entry, null);
	}

	/**
	 * An entry, linked to the story's page in its edition (the default one when null).
	 */
	private static FeedContent.FeedItem item(ArticleEntry entry, Edition edition) {
		List<String> categories = new java.util.ArrayList<>();
		if (entry.sectionName() != null) {
			categories.add(entry.sectionName());
		}
		categories.addAll(entry.tags());
		String path = (edition != null) ? edition.path(entry.url()) : entry.url();
		return new FeedContent.FeedItem(path, entry.headline(), entry.deck(), entry.bodyHtml(), entry.publishedAt(),
				entry.updatedAt(),
				entry.bylines().stream().map((byline) -> new FeedContent.Person(byline.name(), byline.url())).toList(),
				List.copyOf(categories));
	}

	private static String message(MessageSource messages, String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** What a feed lists and how it is titled. */
	private record Target(StoryList list, String title, String description, String pagePath) {
	}

}
