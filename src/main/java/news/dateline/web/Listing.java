package news.dateline.web;

import news.dateline.author.AuthorView;
import news.dateline.section.SectionView;
import news.dateline.source.SourceView;
import news.dateline.tag.TagView;

/**
 * The header of a story list page: what it lists, under which title and at which URL.
 * Exactly one of the views is set, or none for the list of every story. A section and a
 * tag are shown as the page's edition names them, at their slug there; {@code ownSlug} is
 * the default edition's, which the content keys of the list name.
 */
record Listing(String kind, String title, String url, SectionView section, AuthorView author, TagView tag,
		SourceView source, String ownSlug) {

	static Listing latest() {
		return new Listing("latest", null, "/latest", null, null, null, null, null);
	}

	static Listing of(SectionView section) {
		return of(section, section.slug());
	}

	static Listing of(SectionView shown, String ownSlug) {
		return new Listing("section", shown.name(), shown.url(), shown, null, null, null, ownSlug);
	}

	static Listing of(AuthorView author) {
		return new Listing("author", author.name(), author.url(), null, author, null, null, author.slug());
	}

	static Listing of(TagView tag) {
		return of(tag, tag.slug());
	}

	static Listing of(TagView shown, String ownSlug) {
		return new Listing("tag", shown.name(), shown.url(), null, null, shown, null, ownSlug);
	}

	static Listing of(SourceView source) {
		return new Listing("source", source.name(), source.pageUrl(), null, null, null, source, source.slug());
	}

}
