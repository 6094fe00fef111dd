package news.dateline.article;

import java.time.Instant;
import java.util.List;

import news.dateline.media.LibraryImage;

/**
 * A story brought in from another system (a WordPress or Dateline export): what it is
 * made of, where it stood and when, and the addresses it had there.
 *
 * @param publishedAt when it went or goes live; null for a story never published
 * @param releaseAt when a scheduled story goes live or an embargoed one's embargo lifts;
 * required for those, null for the others
 * @param oldSlugs earlier slugs here that keep answering with a redirect
 * @param legacyPaths paths it had on the other site, such as
 * {@code /2024/06/20/some-slug}
 * @param featuredImage the media library image it features, with the description it had
 * there; may be null
 * @param language the code of its edition ("es"); null for the default edition
 * @param translationOf the slug of the story of its translation group filed before it
 * (the group's first story in the export), or null; it joins that story's group
 */
public record ImportedStory(ArticleDraft draft, ArticleStatus status, Instant publishedAt, Instant releaseAt,
		Instant createdAt, Instant updatedAt, List<String> oldSlugs, List<String> legacyPaths,
		LibraryImage featuredImage, String language, String translationOf) {

	/**
	 * What filing the story did: the new story's id, and what became of its translation
	 * link.
	 */
	public record Filed(Long id, Translation translation) {
	}

	/** What became of an imported story's link to its translation group. */
	public enum Translation {

		/** It named no translation group other than its own. */
		NONE,
		/** It joined the group of the story it named. */
		JOINED,
		/**
		 * The group of the story it named has a story in its language already (or that
		 * story is in its language), so it stands alone.
		 */
		LANGUAGE_TAKEN,
		/** No story here has the slug it named, so it stands alone. */
		MISSING

	}

	/** A story of the default edition, in no translation group. */
	public ImportedStory(ArticleDraft draft, ArticleStatus status, Instant publishedAt, Instant releaseAt,
			Instant createdAt, Instant updatedAt, List<String> oldSlugs, List<String> legacyPaths,
			LibraryImage featuredImage) {
		this(draft, status, publishedAt, releaseAt, createdAt, updatedAt, oldSlugs, legacyPaths, featuredImage, null,
				null);
	}

}
