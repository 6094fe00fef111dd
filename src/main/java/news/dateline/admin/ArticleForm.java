package news.dateline.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import news.dateline.article.ArticleEdit;

/**
 * The article editor's form. Bylines and sources come from several selects each, in
 * credit order; empty selects are dropped. {@code version} is the version of the story
 * the editor started from; {@code language} is absent when the select is disabled (a
 * linked story keeps its language). Every field is text, so no input can fail conversion
 * and lose the rest of the form.
 */
record ArticleForm(@NotBlank @Size(max = 300) String headline, @Size(max = 600) String deck,
		@Size(max = 100) String datelineCity, @Size(max = 100) String datelineCountry,
		@Size(max = MAX_BODY) String body, @Size(max = 80) String sectionSlug, @Size(max = 1000) String tags,
		@NotEmpty @Size(max = MAX_CREDITS) List<String> bylines, @Size(max = MAX_CREDITS) List<String> sources,
		@Size(max = 200) @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?") String slug, @Size(max = 300) String seoTitle,
		@Size(max = 600) String seoDescription,
		@Size(max = 1000) @Pattern(regexp = "(https?://\\S+|/(?!/)\\S*)?") String imageUrl,
		@Size(max = 100) @Pattern(regexp = "(/media/[0-9a-f]{32}/\\d{1,5}\\.(jpg|png))?") String imageLibrary,
		@Size(max = 500) String imageAlt, @Size(max = 1000) String imageCaption, @Size(max = 300) String imageCredit,
		String commentsOpen, @Pattern(regexp = "\\d{0,18}") String version,
		@Size(max = 16) @Pattern(regexp = "([a-z]{2,3})?") String language) {

	static final int MAX_BODY = 300_000;

	static final int MAX_CREDITS = 10;

	/**
	 * Selects shown for bylines and sources: the chosen ones plus an empty one, at least
	 * this many.
	 */
	static final int MIN_SLOTS = 3;

	ArticleForm {
		bylines = chosen(bylines);
		sources = chosen(sources);
	}

	static ArticleForm blank() {
		return new ArticleForm("", "", "", "", "", "", "", List.of(), List.of(), "", "", "", "", "", "", "", "", "true",
				"", "");
	}

	/** A new story featuring this media library image (its URL). */
	static ArticleForm featuring(String libraryUrl) {
		return new ArticleForm("", "", "", "", "", "", "", List.of(), List.of(), "", "", "", "", libraryUrl, "", "", "",
				"true", "", "");
	}

	static ArticleForm of(ArticleEdit edit) {
		return new ArticleForm(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
				edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
				edit.seoDescription(), isLibrary(edit.imageUrl()) ? "" : edit.imageUrl(),
				isLibrary(edit.imageUrl()) ? edit.imageUrl() : "", edit.imageAlt(), edit.imageCaption(),
				edit.imageCredit(), String.valueOf(edit.commentsOpen()),
				(edit.version() != null) ? edit.version().toString() : "", edit.language());
	}

	ArticleEdit toEdit() {
		return new ArticleEdit(this.headline, this.deck, this.datelineCity, this.datelineCountry, this.body,
				this.sectionSlug, this.tags, this.bylines, this.sources, this.slug, this.seoTitle, this.seoDescription,
				featuredUrl(), this.imageAlt, this.imageCaption, this.imageCredit, "true".equals(this.commentsOpen),
				(this.version == null || this.version.isEmpty()) ? null : Long.valueOf(this.version),
				(this.language == null || this.language.isEmpty()) ? null : this.language);
	}

	/**
	 * A library image shows in the library select only, so choosing "None" there removes
	 * it.
	 */
	private static boolean isLibrary(String url) {
		return url != null && url.startsWith("/media/");
	}

	/**
	 * The featured image's URL: the library image chosen in the select, or else the URL
	 * typed (an external image, or a library URL pasted by hand).
	 */
	String featuredUrl() {
		return (this.imageLibrary != null && !this.imageLibrary.isBlank()) ? this.imageLibrary : this.imageUrl;
	}

	/** The byline selects: one per chosen author, then empty ones. */
	public List<String> bylineSlots() {
		return slots(this.bylines);
	}

	/** The source selects: one per chosen source, then empty ones. */
	public List<String> sourceSlots() {
		return slots(this.sources);
	}

	private static List<String> slots(List<String> chosen) {
		List<String> slots = new ArrayList<>(chosen);
		int wanted = Math.min(MAX_CREDITS, Math.max(MIN_SLOTS, chosen.size() + 1));
		while (slots.size() < wanted) {
			slots.add("");
		}
		return slots;
	}

	private static List<String> chosen(List<String> values) {
		return (values == null) ? List.of()
				: values.stream().filter((value) -> value != null && !value.isBlank()).map(String::trim).toList();
	}

}
