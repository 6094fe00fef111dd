package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.author.Author;
import news.dateline.author.AuthorService;
import news.dateline.media.LibraryImage;
import news.dateline.section.SectionService;
import news.dateline.source.Source;
import news.dateline.source.SourceService;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Editions;
import news.dateline.system.Slugs;
import news.dateline.tag.Tag;
import news.dateline.tag.TagService;

/**
 * Files finished stories that come from elsewhere than the editor: demo content published
 * as of a given moment and stories imported with their recorded status, times and old
 * addresses. Called inside {@link ArticleService}'s write transactions.
 */
@Component
class StoryFiling {

	private final ArticleRepository articles;

	private final SectionService sections;

	private final AuthorService authors;

	private final SourceService sources;

	private final TagService tags;

	private final BodyRenderer bodyRenderer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Editions editions;

	StoryFiling(ArticleRepository articles, SectionService sections, AuthorService authors, SourceService sources,
			TagService tags, BodyRenderer bodyRenderer, ApplicationEventPublisher events, Clock clock,
			Editions editions) {
		this.articles = articles;
		this.editions = editions;
		this.sections = sections;
		this.authors = authors;
		this.sources = sources;
		this.tags = tags;
		this.bodyRenderer = bodyRenderer;
		this.events = events;
		this.clock = clock;
	}

	/** Files a new story and publishes it as of the given moment (demo content). */
	Long createPublished(ArticleDraft draft, Instant publishedAt, LibraryImage image) {
		return createPublished(draft, publishedAt, image, "en");
	}

	/** Files a new story in a language and publishes it as of the given moment. */
	Long createPublished(ArticleDraft draft, Instant publishedAt, LibraryImage image, String language) {
		Article article = file(draft);
		article.setLanguage(language);
		article.publishAt(publishedAt);
		if (image != null) {
			article.setImage(image.url(), image.alt(), image.caption(), image.credit(), image.id());
		}
		Long id = this.articles.save(article).getId();
		this.events
			.publishEvent(new ArticlePublished(id, article.getSlug(), publishedAt, null, ArticlePublished.Origin.DEMO));
		return id;
	}

	/**
	 * Puts a story in its original's translation group, and the original too when it had
	 * none yet; the group's id is the original's. The article pages of the group's
	 * stories name each other, so each one changes.
	 */
	void linkTranslation(Long originalId, Long translationId) {
		Article original = require(originalId);
		Article translation = require(translationId);
		Long group = (original.getTranslationGroup() != null) ? original.getTranslationGroup() : original.getId();
		boolean taken = original.getLanguage().equals(translation.getLanguage())
				|| this.articles.findTranslations(group, translationId)
					.stream()
					.anyMatch((other) -> other.language().equals(translation.getLanguage()));
		if (taken) {
			throw new IllegalStateException(
					"The translation group " + group + " has a story in " + translation.getLanguage() + " already");
		}
		original.setTranslationGroup(group);
		translation.setTranslationGroup(group);
		this.events.publishEvent(ContentChanged.of(ContentKeys.article(originalId), ContentKeys.article(translationId),
				ContentKeys.SITEMAP));
	}

	private Article require(Long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
	}

	/**
	 * Files a story brought in from another system with its status and times as recorded
	 * there, and keeps its old addresses; a slug already taken here gets a numbered
	 * suffix.
	 */
	ImportedStory.Filed importStory(ImportedStory story) {
		Article article = file(story.draft());
		if (story.language() != null) {
			article.setLanguage(story.language());
		}
		ImportedStory.Translation translation = joinGroup(article, story.translationOf());
		article.importedAs(story.status(), story.publishedAt(), story.releaseAt(), story.createdAt(),
				story.updatedAt());
		LibraryImage image = story.featuredImage();
		if (image != null) {
			article.setImage(image.url(), image.alt(), image.caption(), image.credit(), image.id());
		}
		Long id = this.articles.save(article).getId();
		if (article.getStatus() == ArticleStatus.PUBLISHED) {
			this.events.publishEvent(new ArticlePublished(id, article.getSlug(), article.getPublishedAt(), null,
					ArticlePublished.Origin.IMPORT));
		}
		for (String oldSlug : story.oldSlugs()) {
			if (!oldSlug.equals(article.getSlug()) && this.articles.findIdByOldSlug(oldSlug).isEmpty()) {
				this.articles.rememberOldSlug(oldSlug, id);
			}
		}
		for (String path : story.legacyPaths()) {
			if (!this.articles.existsLegacyPath(path)) {
				this.articles.rememberLegacyPath(path, id);
			}
		}
		return new ImportedStory.Filed(id, translation);
	}

	/**
	 * Puts an imported story in the translation group of the story filed before it with
	 * slug {@code translationOf} (none for the group's first story, which names itself),
	 * unless that group already has a story in its language; says which it was.
	 */
	private ImportedStory.Translation joinGroup(Article article, String translationOf) {
		if (translationOf == null || translationOf.equals(article.getSlug())) {
			return ImportedStory.Translation.NONE;
		}
		Optional<Article> anchor = this.articles.findBySlug(translationOf)
			.or(() -> this.articles.findIdByOldSlug(translationOf).flatMap(this.articles::findById));
		if (anchor.isEmpty()) {
			return ImportedStory.Translation.MISSING;
		}
		Article original = anchor.get();
		Long group = (original.getTranslationGroup() != null) ? original.getTranslationGroup() : original.getId();
		if (original.getLanguage().equals(article.getLanguage())
				|| this.articles.existsByTranslationGroupAndLanguage(group, article.getLanguage())) {
			return ImportedStory.Translation.LANGUAGE_TAKEN;
		}
		original.setTranslationGroup(group);
		article.setTranslationGroup(group);
		return ImportedStory.Translation.JOINED;
	}

	private Article file(ArticleDraft draft) {
		String slug = uniqueSlug(Slugs.isValid(draft.slug()) ? draft.slug() : Slugs.of(draft.headline()));
		Article article = new Article(slug, draft.headline(), this.clock);
		article.setDeck(draft.deck());
		article.setDateline(draft.datelineCity(), draft.datelineCountry());
		article.setBody(draft.bodyMarkdown(), this.bodyRenderer.render(draft.bodyMarkdown(),
				article.datelineLabel(this.editions.forLanguage(article.getLanguage()))));
		article.setSection((draft.sectionSlug() != null) ? this.sections.require(draft.sectionSlug()) : null);
		List<Author> bylines = this.authors.requireAll(draft.authorSlugs());
		article.setBylines(bylines);
		List<Source> credited = this.sources.requireAll(draft.sourceSlugs());
		article.setSources(credited);
		List<Tag> tagged = new ArrayList<>();
		for (String name : new LinkedHashSet<>(draft.tagNames())) {
			tagged.add(this.tags.findOrCreate(name));
		}
		article.setTags(tagged);
		article.setCommentsOpen(draft.commentsOpen());
		return article;
	}

	String uniqueSlug(String base) {
		String slug = base.isEmpty() ? "story" : base;
		int suffix = 2;
		while (this.articles.existsBySlug(slug)) {
			slug = base + "-" + suffix++;
		}
		return slug;
	}

}
