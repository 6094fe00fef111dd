package news.dateline.article;

import java.util.List;

/**
 * What a new story is made of, by reference: section, author and source slugs, and tag
 * names.
 */
public record ArticleDraft(String slug, String headline, String deck, String datelineCity, String datelineCountry,
		String bodyMarkdown, String sectionSlug, List<String> authorSlugs, List<String> sourceSlugs,
		List<String> tagNames, boolean commentsOpen) {
}
