package news.dateline.web;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import news.dateline.article.ArticleView;
import news.dateline.live.LiveEntryView;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;
import news.dateline.tag.TagView;

/**
 * Makes the {@link PageMeta} of each kind of public page from its view records:
 * descriptions, share tags, feeds to discover and structured data.
 */
@Component
class PageMetadata {

	static final int DESCRIPTION_LENGTH = 160;

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private final SiteProperties site;

	private final StructuredData structuredData;

	private final MessageSource messages;

	private final ShareImages shareImages;

	private final Editions editions;

	PageMetadata(SiteProperties site, StructuredData structuredData, MessageSource messages, ShareImages shareImages,
			Editions editions) {
		this.shareImages = shareImages;
		this.editions = editions;
		this.site = site;
		this.structuredData = structuredData;
		this.messages = messages;
	}

	PageMeta home(Edition edition) {
		return new PageMeta(this.site.name(), message("site.description"), this.site.absolute(edition.path("/")),
				"website", this.site.defaultImageUrl(), null, null, null, List.of(), List.of(),
				this.structuredData.home(edition));
	}

	PageMeta article(ArticleView article, Edition edition) {
		return new PageMeta(article.pageTitle(), describe(article), this.site.absolute(edition.path(article.url())),
				"article", shareImage(article), article.publishedAt(), article.updatedAt(),
				(article.section() != null) ? article.section().name() : null,
				article.tags().stream().map(TagView::name).toList(), List.of(),
				this.structuredData.article(article, edition, this.editions.all()));
	}

	/** The story's share picture (a preview, never saved, has none of its own yet). */
	private String shareImage(ArticleView article) {
		if (article.id() == null) {
			return this.structuredData.imageOf(article);
		}
		String path = this.shareImages.pathOf(article);
		return path.startsWith("/") ? this.site.absolute(path) : path;
	}

	PageMeta listing(Listing listing, Edition edition) {
		String title = (listing.title() != null) ? listing.title() : message("latest.heading");
		String description = switch (listing.kind()) {
			case "section" -> listing.section().description();
			case "author" -> listing.author().bio();
			case "tag" -> message("meta.tag-description", listing.tag().name());
			case "source" -> message("listing.source-title", listing.source().name());
			default -> message("site.description");
		};
		List<PageMeta.FeedLink> feeds = "latest".equals(listing.kind()) ? List.of()
				: List.of(
						new PageMeta.FeedLink(message("meta.feed-atom", title), listing.url() + "/feed.atom",
								PageMeta.FeedLink.ATOM),
						new PageMeta.FeedLink(message("meta.feed-rss", title), listing.url() + "/feed.rss",
								PageMeta.FeedLink.RSS));
		return new PageMeta(title, (description != null) ? description : message("site.description"),
				this.site.absolute(edition.path(listing.url())), "website", this.site.defaultImageUrl(), null, null,
				null, List.of(), feeds, List.of());
	}

	PageMeta search(Edition edition) {
		return new PageMeta(message("search.heading"), message("site.description"),
				this.site.absolute(edition.path("/search")), "website", this.site.defaultImageUrl(), null, null, null,
				List.of(), List.of(), List.of());
	}

	/**
	 * The share values of a live entry's own page: its key-event title or else the
	 * opening of its text as the title, the opening of its text as the description (or,
	 * when the title already says it all, which story it belongs to), and the entry's
	 * page as the URL to share. The story's picture, section, tags and structured data
	 * stay.
	 */
	PageMeta liveEntry(ArticleView article, LiveEntryView entry, Edition edition) {
		PageMeta story = article(article, edition);
		String text = plainText(entry.bodyHtml());
		String title = (entry.keyTitle() != null) ? entry.keyTitle() : cut(text, LiveText.SNIPPET);
		String description = (entry.keyTitle() != null || !title.equals(text)) ? cut(text, DESCRIPTION_LENGTH)
				: message("live.entry.description", article.headline());
		return new PageMeta(title, description, this.site.absolute(edition.path(entryUrl(article, entry.id()))),
				"article", story.image(), entry.postedAt(), entry.updatedAt(), story.section(), story.tags(), List.of(),
				story.jsonLd());
	}

	/** The path of a live entry's own page (without the edition's prefix). */
	static String entryUrl(ArticleView article, Object entryId) {
		return article.url() + "/entries/" + entryId;
	}

	/**
	 * The SEO description or the deck, or else the opening of the body as plain text, cut
	 * at a word near 160 characters.
	 */
	static String describe(ArticleView article) {
		if (article.pageDescription() != null && !article.pageDescription().isBlank()) {
			return article.pageDescription().strip();
		}
		return cut(plainText(article.bodyHtml()), DESCRIPTION_LENGTH);
	}

	/** Sanitised HTML as one line of plain text. */
	static String plainText(String html) {
		return SPACE.matcher(HtmlUtils.htmlUnescape(TAG.matcher(html).replaceAll(" "))).replaceAll(" ").strip();
	}

	/** The text, or its opening cut at a word near the length, with an ellipsis. */
	static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int at = text.lastIndexOf(' ', length);
		return text.substring(0, (at > length / 2) ? at : length) + "…";
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
