package news.dateline.article;

import java.util.List;

/**
 * What an editor writes in the article editor, by reference: section, byline and source
 * slugs in credit order, and tag names separated by commas. {@code version} is the
 * version the editor started from (null for a new story); an empty slug is made from the
 * headline. {@code language} is the code of the story's edition ("en", "es"); null keeps
 * the story's language (a new story gets the default edition's).
 */
public record ArticleEdit(String headline, String deck, String datelineCity, String datelineCountry, String body,
		String sectionSlug, String tags, List<String> bylines, List<String> sources, String slug, String seoTitle,
		String seoDescription, String imageUrl, String imageAlt, String imageCaption, String imageCredit,
		boolean commentsOpen, Long version, String language) {

	/** An edit that keeps the story's language. */
	public ArticleEdit(String headline, String deck, String datelineCity, String datelineCountry, String body,
			String sectionSlug, String tags, List<String> bylines, List<String> sources, String slug, String seoTitle,
			String seoDescription, String imageUrl, String imageAlt, String imageCaption, String imageCredit,
			boolean commentsOpen, Long version) {
		this(headline, deck, datelineCity, datelineCountry, body, sectionSlug, tags, bylines, sources, slug, seoTitle,
				seoDescription, imageUrl, imageAlt, imageCaption, imageCredit, commentsOpen, version, null);
	}

	public ArticleEdit {
		bylines = (bylines == null) ? List.of() : List.copyOf(bylines);
		sources = (sources == null) ? List.of() : List.copyOf(sources);
	}

	/** The same text, as if the editor had started from this version. */
	public ArticleEdit withVersion(Long newVersion) {
		return new ArticleEdit(this.headline, this.deck, this.datelineCity, this.datelineCountry, this.body,
				this.sectionSlug, this.tags, this.bylines, this.sources, this.slug, this.seoTitle, this.seoDescription,
				this.imageUrl, this.imageAlt, this.imageCaption, this.imageCredit, this.commentsOpen, newVersion,
				this.language);
	}

	/**
	 * Whether the two say the same, whatever versions they started from: an empty field
	 * and a missing one are the same, and so are a browser's CRLF line ends and stored LF
	 * ones. A missing language is the same as any.
	 */
	public boolean sameAs(ArticleEdit other) {
		boolean sameLanguage = this.language == null || other.language == null || this.language.equals(other.language);
		return sameLanguage && canonical().equals(other.canonical());
	}

	private ArticleEdit canonical() {
		return new ArticleEdit(plain(this.headline), plain(this.deck), plain(this.datelineCity),
				plain(this.datelineCountry), plain(this.body), plain(this.sectionSlug), plain(this.tags), this.bylines,
				this.sources, plain(this.slug), plain(this.seoTitle), plain(this.seoDescription), plain(this.imageUrl),
				plain(this.imageAlt), plain(this.imageCaption), plain(this.imageCredit), this.commentsOpen, null);
	}

	private static String plain(String text) {
		return (text == null) ? "" : text.replace("\r\n", "\n").strip();
	}

}
