package news.dateline.article;

import java.time.Instant;

/**
 * What a staff member's open editor held when it last autosaved: the story's text fields,
 * the version the editor had started from, and when. Never a revision and never on the
 * public site; the editor may restore it into the form, and saving the form then makes it
 * the story.
 */
public record Autosave(String headline, String deck, String datelineCity, String datelineCountry, String body,
		String tags, String seoTitle, String seoDescription, long baseVersion, Instant savedAt) {

	/**
	 * The stored story's edit with this autosave's text, as if the editor had started
	 * from its version.
	 */
	public ArticleEdit over(ArticleEdit stored) {
		return new ArticleEdit(this.headline, this.deck, this.datelineCity, this.datelineCountry, this.body,
				stored.sectionSlug(), this.tags, stored.bylines(), stored.sources(), stored.slug(), this.seoTitle,
				this.seoDescription, stored.imageUrl(), stored.imageAlt(), stored.imageCaption(), stored.imageCredit(),
				stored.commentsOpen(), this.baseVersion);
	}

}
