package news.dateline.feed;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

import news.dateline.article.ArticleEntry;
import news.dateline.article.ArticleSyndication;
import news.dateline.article.EditionNames;
import news.dateline.article.StoryList;
import news.dateline.author.AuthorService;
import news.dateline.author.AuthorView;
import news.dateline.section.SectionNotFoundException;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.source.SourceService;
import news.dateline.source.SourceView;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.tag.TagNotFoundException;
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
	 * default edition's at {@code /feed.atom}, another's at {@code /es/feed.atom}.
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
				return feed(slug, editions.defaultEdition());
			}

			@Override
			public FeedContent feed(String slug, Edition edition) {
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
	FeedSource sectionFeeds(ArticleSyndication articles, SectionService sections, EditionNames names,
			MessageSource messages, Editions editions) {
		return source("sections", articles, editions, (slug, edition) -> {
			SectionView own = sections.findByEditionSlug(edition.code(), slug)
				.or(() -> sections.findByAnySlug(slug))
				.orElseThrow(() -> new SectionNotFoundException(slug));
			SectionView section = names.section(own, edition.code());
			return new Target(StoryList.section(section.id()), message(messages, "listing.title", section.name()),
					section.description(), section.url());
		});
	}

	@Bean
	FeedSource authorFeeds(ArticleSyndication articles, AuthorService authors, EditionNames names,
			MessageSource messages, Editions editions) {
		return source("authors", articles, editions, (slug, edition) -> {
			AuthorView author = names.author(authors.bySlug(slug), edition.code());
			return new Target(StoryList.author(author.id()), message(messages, "listing.title", author.name()),
					author.bio(), author.url());
		});
	}

	@Bean
	FeedSource tagFeeds(ArticleSyndication articles, TagService tags, EditionNames names, MessageSource messages,
			Editions editions) {
		return source("tags", articles, editions, (slug, edition) -> {
			TagView own = tags.findByEditionSlug(edition.code(), slug)
				.or(() -> tags.findByAnySlug(slug))
				.orElseThrow(() -> new TagNotFoundException(slug));
			TagView tag = names.tag(own, edition.code());
			return new Target(StoryList.tag(tag.id()), message(messages, "listing.title", tag.name()),
					message(messages, "meta.tag-description", tag.name()), tag.url());
		});
	}

	@Bean
	FeedSource sourceFeeds(ArticleSyndication articles, SourceService sources, MessageSource messages,
			Editions editions) {
		return source("sources", articles, editions, (slug, edition) -> {
			SourceView source = sources.bySlug(slug);
			return new Target(StoryList.source(source.id()), message(messages, "listing.title", source.name()),
					message(messages, "listing.source-title", source.name()), source.pageUrl());
		});
	}

	/**
	 * The feeds of one kind of list: in each edition, of the edition's stories, titled in
	 * its language and linked to its pages. A section's or tag's feed is under its page's
	 * path in the edition; asked for by another edition's slug, it answers 301 there.
	 */
	private static FeedSource source(String kind, ArticleSyndication articles, Editions editions,
			BiFunction<String, Edition, Target> resolve) {
		return new FeedSource() {

			@Override
			public String kind() {
				return kind;
			}

			@Override
			public FeedContent feed(String slug) {
				return feed(slug, editions.defaultEdition());
			}

			@Override
			public FeedContent feed(String slug, Edition edition) {
				Target target = resolve.apply(slug, edition);
				if (!target.pagePath().equals("/" + kind + "/" + slug)) {
					// asked for by a slug the section or tag has in another edition
					throw new FeedMovedException(edition.path(target.pagePath()));
				}
				List<FeedContent.FeedItem> items = articles.latestEntries(target.list().in(edition.code()), ITEMS)
					.stream()
					.map((entry) -> item(entry, edition))
					.toList();
				String pagePath = edition.path(target.pagePath());
				return new FeedContent(target.title(), target.description(), pagePath, pagePath + "/feed", items,
						edition.isDefault() ? null : edition.languageTag());
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
