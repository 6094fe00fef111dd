package news.dateline.web;

import news.dateline.author.AuthorView;
import news.dateline.section.SectionView;
import news.dateline.source.SourceView;
import news.dateline.tag.TagView;

/**
 * The header of a story list page: what it lists, under which title and at which URL.
 * Exactly one of the views is set, or none for the list of every story.
 */
record Listing(String kind, String title, String url, SectionView section, AuthorView author, TagView tag,
		SourceView source) {

	static Listing latest() {
		return new Listing("latest", null, "/latest", null, null, null, null);
	}

	static Listing of(SectionView section) {
		return new Listing("section", section.name(), section.url(), section, null, null, null);
	}

	static Listing of(AuthorView author) {
		return new Listing("author", author.name(), author.url(), null, author, null, null);
	}

	static Listing of(TagView tag) {
		return new Listing("tag", tag.name(), tag.url(), null, null, tag, null);
	}

	static Listing of(SourceView source) {
		return new Listing("source", source.name(), source.pageUrl(), null, null, null, source);
	}

}
