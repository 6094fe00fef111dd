package news.dateline.admin;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import news.dateline.article.ArticleEdit;

/**
 * The text fields of the article editor as its script autosaves them (it sends the whole
 * form; the rest is ignored). Nothing is required: a story in the middle of being written
 * is worth keeping.
 */
record AutosaveForm(@Size(max = 300) String headline, @Size(max = 600) String deck,
		@Size(max = 100) String datelineCity, @Size(max = 100) String datelineCountry,
		@Size(max = ArticleForm.MAX_BODY) String body, @Size(max = 1000) String tags, @Size(max = 300) String seoTitle,
		@Size(max = 600) String seoDescription, @Pattern(regexp = "\\d{0,18}") String version) {

	ArticleEdit toEdit() {
		return new ArticleEdit(this.headline, this.deck, this.datelineCity, this.datelineCountry, this.body, null,
				this.tags, List.of(), List.of(), null, this.seoTitle, this.seoDescription, null, null, null, null, true,
				(this.version == null || this.version.isEmpty()) ? null : Long.valueOf(this.version));
	}

}
