package news.dateline.article;

import java.time.Instant;
import java.util.List;

import news.dateline.author.AuthorView;
import news.dateline.section.SectionView;
import news.dateline.source.SourceView;
import news.dateline.tag.TagView;

/**
 * Everything the article page shows of a story, read in one transaction. The body HTML
 * was sanitised when the story was saved. {@code image} is null when the story has none;
 * the corrections log is oldest first. {@code language} is the code of the story's
 * edition ("en", "es"); {@code translations} are the other stories of its translation
 * group, live or not, so the page can link the live ones.
 */
public record ArticleView(Long id, String slug, String headline, String deck, String datelineLabel, String bodyHtml,
		SectionView section, Instant publishedAt, Instant updatedAt, boolean showUpdated, List<AuthorView> bylines,
		List<SourceView> sources, List<TagView> tags, boolean commentsOpen, int commentCount, List<ArticleCard> related,
		FeaturedImage image, String seoTitle, String seoDescription, List<CorrectionView> corrections, String language,
		List<ArticleTranslation> translations) {

	/**
	 * A story of the default edition ("en") without translations: for previews and tests.
	 */
	public ArticleView(Long id, String slug, String headline, String deck, String datelineLabel, String bodyHtml,
			SectionView section, Instant publishedAt, Instant updatedAt, boolean showUpdated, List<AuthorView> bylines,
			List<SourceView> sources, List<TagView> tags, boolean commentsOpen, int commentCount,
			List<ArticleCard> related, FeaturedImage image, String seoTitle, String seoDescription,
			List<CorrectionView> corrections) {
		this(id, slug, headline, deck, datelineLabel, bodyHtml, section, publishedAt, updatedAt, showUpdated, bylines,
				sources, tags, commentsOpen, commentCount, related, image, seoTitle, seoDescription, corrections, "en",
				List.of());
	}

	public static String urlOf(String slug) {
		return "/articles/" + slug;
	}

	public String url() {
		return urlOf(this.slug);
	}

	/**
	 * The title for the browser tab and search engines: the SEO title, or the headline.
	 */
	public String pageTitle() {
		return (this.seoTitle != null) ? this.seoTitle : this.headline;
	}

	/** The meta description: the SEO description, or the deck. */
	public String pageDescription() {
		return (this.seoDescription != null) ? this.seoDescription : this.deck;
	}

	/** The live translations: those the page links to and names in its alternates. */
	public List<ArticleTranslation> liveTranslations() {
		return this.translations.stream().filter(ArticleTranslation::published).toList();
	}

	/** The "Source:" line: every source's attribution, joined. */
	public String sourceLine() {
		return String.join("; ", this.sources.stream().map(SourceView::attribution).toList());
	}

}
