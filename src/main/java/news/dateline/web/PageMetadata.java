package news.dateline.web;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import news.dateline.article.ArticleView;
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
	 * The SEO description or the deck, or else the opening of the body as plain text, cut
	 * at a word near 160 characters.
	 */
	static String describe(ArticleView article) {
		if (article.pageDescription() != null && !article.pageDescription().isBlank()) {
			return article.pageDescription().strip();
		}
		String text = SPACE.matcher(HtmlUtils.htmlUnescape(TAG.matcher(article.bodyHtml()).replaceAll(" ")))
			.replaceAll(" ")
			.strip();
		if (text.length() <= DESCRIPTION_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH);
		return text.substring(0, (cut > DESCRIPTION_LENGTH / 2) ? cut : DESCRIPTION_LENGTH) + "…";
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
