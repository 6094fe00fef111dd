package news.dateline.article;

import java.util.List;

/**
 * What an editor writes in the article editor, by reference: section, byline and source slugs in
 * credit order, and tag names separated by commas. {@code version} is the version the editor started
 * from (null for a new story); an empty slug is made from the headline.
 */
public record ArticleEdit(String headline, String deck, String datelineCity, String datelineCountry, String body,
		String sectionSlug, String tags, List<String> bylines, List<String> sources, String slug, String seoTitle,
		String seoDescription, String imageUrl, String imageAlt, String imageCaption, String imageCredit,
		boolean commentsOpen, Long version) {

	public ArticleEdit {
		bylines = (bylines == null) ? List.of() : List.copyOf(bylines);
		sources = (sources == null) ? List.of() : List.copyOf(sources);
	}

	/** The same text, as if the editor had started from this version. */
	public ArticleEdit withVersion(Long newVersion) {
		return new ArticleEdit(this.headline, this.deck, this.datelineCity, this.datelineCountry, this.body,
				this.sectionSlug, this.tags, this.bylines, this.sources, this.slug, this.seoTitle, this.seoDescription,
				this.imageUrl, this.imageAlt, this.imageCaption, this.imageCredit, this.commentsOpen, newVersion);
	}

}
