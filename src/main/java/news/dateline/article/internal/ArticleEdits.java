package news.dateline.article.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleService;
import news.dateline.article.BodyRenderer;
import news.dateline.article.ChecklistItem;
import news.dateline.author.Author;
import news.dateline.author.AuthorService;
import news.dateline.media.LibraryImage;
import news.dateline.media.MediaService;
import news.dateline.section.Section;
import news.dateline.section.SectionService;
import news.dateline.source.Source;
import news.dateline.source.SourceService;
import news.dateline.system.Editions;
import news.dateline.system.NotFoundException;
import news.dateline.system.Slugs;
import news.dateline.tag.Tag;
import news.dateline.tag.TagService;

/**
 * Copies an editor's {@link ArticleEdit} onto a story (resolving section, bylines,
 * sources and tags, rendering the body) and reads a story back into one. References that
 * do not resolve are refused for their field, never silently dropped.
 */
@Component
public class ArticleEdits {

	static final int MAX_TAGS = 20;

	static final int MAX_TAG_LENGTH = 60;

	private final ArticleRepository articles;

	private final ArticleService articleService;

	private final SectionService sections;

	private final AuthorService authors;

	private final SourceService sources;

	private final TagService tags;

	private final BodyRenderer bodyRenderer;

	private final MediaService media;

	private final Editions editions;

	ArticleEdits(ArticleRepository articles, ArticleService articleService, SectionService sections,
			AuthorService authors, SourceService sources, TagService tags, BodyRenderer bodyRenderer,
			MediaService media, Editions editions) {
		this.media = media;
		this.editions = editions;
		this.articles = articles;
		this.articleService = articleService;
		this.sections = sections;
		this.authors = authors;
		this.sources = sources;
		this.tags = tags;
		this.bodyRenderer = bodyRenderer;
	}

	/**
	 * Resolves the edit's section, bylines, sources and tag names, refusing any that do
	 * not resolve. Nothing is written or created yet, so a refused edit leaves the story
	 * and the newsroom data as they were.
	 */
	public Resolved resolve(ArticleEdit edit) {
		Map<String, String> tagNames = tagNames(edit.tags());
		return new Resolved(edit, section(edit.sectionSlug()), bylines(edit.bylines()), sources(edit.sources()),
				tagNames, image(edit));
	}

	/**
	 * Writes the edit onto the story. With {@code keepTags} false (previews) unknown tags
	 * are shown but not created.
	 */
	public void apply(Article article, ArticleEdit edit, boolean keepTags) {
		apply(article, resolve(edit), keepTags);
	}

	/**
	 * Writes a resolved edit onto the story, creating its new tags unless
	 * {@code keepTags} is false.
	 */
	public void apply(Article article, Resolved resolved, boolean keepTags) {
		ArticleEdit edit = resolved.edit();
		language(article, edit.language());
		article.setHeadline(headline(edit));
		// a browser posts a textarea's line ends as CRLF; the story keeps LF, so a save
		// through the form changes no line, and a version diff shows only real words
		article.setDeck(blankToNull(lineEnds(edit.deck())));
		article.setDateline(edit.datelineCity(), edit.datelineCountry());
		render(article, lineEnds(edit.body()));
		article.setSection(resolved.section());
		article.setBylines(resolved.bylines());
		article.setSources(resolved.sources());
		List<Tag> tagged = new ArrayList<>();
		resolved.tags()
			.forEach((slug, name) -> tagged.add(keepTags ? this.tags.findOrCreate(name) : new Tag(slug, name)));
		article.setTags(tagged);
		article.setSeo(edit.seoTitle(), edit.seoDescription());
		Image image = resolved.image();
		article.setImage(image.url(), image.alt(), image.caption(), image.credit(), image.mediaId());
		article.setCommentsOpen(edit.commentsOpen());
	}

	/**
	 * Sets the story's language when the edit names another one: an edition of the site,
	 * and only while the story has no translation link (its group holds one story per
	 * language, so a linked story keeps its language until it is unlinked). A new story
	 * without one is the default edition's.
	 */
	private void language(Article article, String language) {
		String wanted = blankToNull(language);
		if (wanted == null && article.getId() == null) {
			wanted = this.editions.defaultEdition().code();
		}
		if (wanted == null || wanted.equals(article.getLanguage())) {
			return;
		}
		if (this.editions.byCode(wanted).isEmpty()) {
			throw new ArticleRejectedException("language", "article.language.unknown");
		}
		if (article.getTranslationGroup() != null) {
			throw new ArticleRejectedException("language", "article.language.linked");
		}
		article.setLanguage(wanted);
	}

	/**
	 * The featured image the edit asks for. A media library URL must name a library
	 * image: the story then features that image (its largest variant's URL), and blank
	 * alt text, caption and credit take the library's.
	 */
	private Image image(ArticleEdit edit) {
		if (!MediaService.isLibraryUrl(edit.imageUrl())) {
			return new Image(edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(), null);
		}
		LibraryImage library = this.media.libraryImage(edit.imageUrl())
			.orElseThrow(() -> new ArticleRejectedException("imageUrl", "article.image.unknown"));
		return new Image(library.url(), orDefault(edit.imageAlt(), library.alt()),
				orDefault(edit.imageCaption(), library.caption()), orDefault(edit.imageCredit(), library.credit()),
				library.id());
	}

	private static String orDefault(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * Sets the Markdown body and the sanitised HTML made from it, opened by the story's
	 * dateline.
	 */
	public void render(Article article, String markdown) {
		String source = (markdown != null) ? markdown : "";
		article.setBody(source, this.bodyRenderer.render(source,
				article.datelineLabel(this.editions.forLanguage(article.getLanguage()))));
	}

	/**
	 * The slug the story should have after this edit: the one asked for, or one made from
	 * the headline when none is given. A slug another story uses is refused.
	 */
	public String slugFor(Article article, ArticleEdit edit) {
		String wanted = blankToNull(edit.slug());
		if (wanted == null) {
			String made = Slugs.of(headline(edit));
			if (made.equals(article.getSlug())) {
				return made;
			}
			return this.articleService.uniqueSlug(made);
		}
		if (!Slugs.isValid(wanted)) {
			throw new ArticleRejectedException("slug", "article.slug.invalid");
		}
		this.articles.findBySlug(wanted)
			.filter((other) -> !other.getId().equals(article.getId()))
			.ifPresent((other) -> {
				throw new ArticleRejectedException("slug", "article.slug.taken");
			});
		return wanted;
	}

	/** The story as the editor's form shows it. */
	public ArticleEdit of(Article article) {
		List<String> tagNames = article.getTags().stream().map(Tag::getName).sorted().toList();
		return new ArticleEdit(article.getHeadline(), article.getDeck(), article.getDatelineCity(),
				article.getDatelineCountry(), article.getBodyMarkdown(),
				(article.getSection() != null) ? article.getSection().getSlug() : null, String.join(", ", tagNames),
				article.getBylines().stream().map(Author::getSlug).toList(),
				article.getSources().stream().map(Source::getSlug).toList(), article.getSlug(), article.getSeoTitle(),
				article.getSeoDescription(), article.getImage().url(), article.getImage().alt(),
				article.getImage().caption(), article.getImage().credit(), article.isCommentsOpen(),
				article.getVersion(), article.getLanguage());
	}

	private Section section(String slug) {
		if (blankToNull(slug) == null) {
			return null;
		}
		try {
			return this.sections.require(slug);
		}
		catch (NotFoundException ex) {
			throw new ArticleRejectedException("sectionSlug", "article.section.unknown");
		}
	}

	private List<Author> bylines(List<String> slugs) {
		try {
			return this.authors.requireAll(distinct(slugs));
		}
		catch (NotFoundException ex) {
			throw new ArticleRejectedException("bylines", "article.bylines.unknown");
		}
	}

	private List<Source> sources(List<String> slugs) {
		try {
			return this.sources.requireAll(distinct(slugs));
		}
		catch (NotFoundException ex) {
			throw new ArticleRejectedException("sources", "article.sources.unknown");
		}
	}

	/**
	 * The edit's tag names by slug, checked; the tags themselves are found or created on
	 * apply.
	 */
	private static Map<String, String> tagNames(String names) {
		Map<String, String> bySlug = new LinkedHashMap<>();
		for (String name : (names == null) ? new String[0] : names.split(",")) {
			String trimmed = name.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			String slug = Slugs.of(trimmed);
			if (slug.isEmpty() || trimmed.length() > MAX_TAG_LENGTH) {
				throw new ArticleRejectedException("tags", "article.tags.invalid");
			}
			bySlug.putIfAbsent(slug, trimmed);
		}
		if (bySlug.size() > MAX_TAGS) {
			throw new ArticleRejectedException("tags", "article.tags.too-many");
		}
		return bySlug;
	}

	private static String headline(ArticleEdit edit) {
		return (edit.headline() != null) ? edit.headline().trim() : "";
	}

	private static List<String> distinct(List<String> slugs) {
		return slugs.stream().filter((slug) -> slug != null && !slug.isBlank()).distinct().toList();
	}

	private static String lineEnds(String text) {
		return (text == null || text.indexOf('\r') < 0) ? text : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/** An edit whose references all resolved, not yet written onto any story. */
	public record Resolved(ArticleEdit edit, Section section, List<Author> bylines, List<Source> sources,
			Map<String, String> tags, Image image) {

		/**
		 * The checklist items the story would leave unmet once this edit is written onto
		 * it.
		 */
		public List<ChecklistItem> unmetChecklist() {
			return ChecklistItem.unmet(headline(this.edit), this.edit.deck(), !this.bylines.isEmpty(),
					this.section != null, this.image.url(), this.image.alt(), !this.sources.isEmpty(),
					this.edit.datelineCity());
		}

	}

	/**
	 * A featured image as it will be stored: by URL, from the media library when
	 * {@code mediaId} is set.
	 */
	record Image(String url, String alt, String caption, String credit, Long mediaId) {
	}

}
