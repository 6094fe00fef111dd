package news.dateline.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleListQueries;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.CorrectionRepository;
import news.dateline.author.Author;
import news.dateline.media.ExpiredImages;
import news.dateline.media.LibraryImage;
import news.dateline.media.MediaService;
import news.dateline.section.SectionView;
import news.dateline.source.Source;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;
import news.dateline.tag.Tag;
import news.dateline.tag.TagView;

/**
 * Reads stories for readers (pages and lists, live stories only) and files new ones.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	private final ArticleRepository articles;

	private final ArticleListQueries lists;

	private final CorrectionRepository corrections;

	private final BodyRenderer bodyRenderer;

	private final SiteProperties site;

	private final RelatedStories related;

	private final ArticleViewCounter views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MediaService media;

	private final Fronts fronts;

	private final StoryFiling filing;

	private final ExpiredImages expiredImages;

	private final Editions editions;

	private final EditionNames names;

	ArticleService(ArticleRepository articles, ArticleListQueries lists, CorrectionRepository corrections,
			BodyRenderer bodyRenderer, SiteProperties site, RelatedStories related, ArticleViewCounter views,
			ApplicationEventPublisher events, Clock clock, MediaService media, Fronts fronts, StoryFiling filing,
			ExpiredImages expiredImages, Editions editions, EditionNames names) {
		this.expiredImages = expiredImages;
		this.names = names;
		this.editions = editions;
		this.fronts = fronts;
		this.filing = filing;
		this.media = media;
		this.views = views;
		this.articles = articles;
		this.lists = lists;
		this.corrections = corrections;
		this.bodyRenderer = bodyRenderer;
		this.site = site;
		this.related = related;
		this.events = events;
		this.clock = clock;
	}

	/** The live story at this slug, or where it moved; anything else is not found. */
	public ArticleLookup lookup(String slug) {
		Instant now = this.clock.instant();
		Optional<Article> exact = this.articles.findPageBySlug(slug).filter((article) -> article.isLiveAt(now));
		if (exact.isPresent()) {
			return new ArticleLookup.Found(view(exact.get(), now));
		}
		String lower = slug.toLowerCase(Locale.ROOT);
		Optional<Article> moved = lower.equals(slug) ? Optional.empty() : this.articles.findBySlug(lower);
		if (moved.isEmpty()) {
			moved = this.articles.findIdByOldSlug(lower).flatMap(this.articles::findById);
		}
		return moved.filter((article) -> article.isLiveAt(now))
			.map((article) -> (ArticleLookup) new ArticleLookup.MovedTo(article.getSlug()))
			.orElseThrow(() -> new ArticleNotFoundException(slug));
	}

	/**
	 * What the share picture of the live story at exactly this slug shows, read without
	 * its page (no related stories, corrections or body); empty for any other slug.
	 */
	public Optional<ShareCard> shareCard(String slug) {
		Instant now = this.clock.instant();
		return this.articles.findBySlug(slug).filter((article) -> article.isLiveAt(now)).map((article) -> {
			FeaturedImage image = featuredImage(article);
			return new ShareCard(article.getId(), article.getSlug(), article.getHeadline(),
					(article.getSection() != null) ? article.getSection().getName() : null,
					(image != null) ? image.url() : null, article.getUpdatedAt());
		});
	}

	/**
	 * The home page as of now: the lead and featured stories (pinned by editors, the
	 * newest others in the slots left), the latest stories after them, and the newest
	 * stories of each section. No story shows twice. The stories of one edition's
	 * language only (every language if null).
	 */
	public FrontPage frontPage(String language) {
		return this.fronts.home(language);
	}

	/**
	 * The lead and featured stories of a section's page (pinned ones in their slots, the
	 * newest in the rest), of one edition's language (every language if null).
	 */
	public List<ArticleCard> sectionFront(Long sectionId, String language) {
		return this.fronts.sectionFront(sectionId, language);
	}

	/**
	 * The first page of a section, after its front's stories: a section's page shows each
	 * story once. With a cursor, an ordinary page of the list. The stories of one
	 * edition's language only (every language if null).
	 */
	public CardPage sectionPage(Long sectionId, String language, List<ArticleCard> front, String before, String after) {
		return this.fronts.sectionPage(sectionId, language, front, before, after);
	}

	/**
	 * A page of a story list. {@code before} and {@code after} are cursors from an
	 * earlier page; a malformed one is treated as absent.
	 */
	public CardPage list(StoryList list, String before, String after) {
		return this.fronts.list(list, before, after);
	}

	/** Files a new story and publishes it as of the given moment (demo content). */
	@Transactional
	public Long createPublished(ArticleDraft draft, Instant publishedAt) {
		return this.filing.createPublished(draft, publishedAt, null);
	}

	/**
	 * Files a new story featuring a library image (or none) and publishes it (demo
	 * content).
	 */
	@Transactional
	public Long createPublished(ArticleDraft draft, Instant publishedAt, LibraryImage image) {
		return this.filing.createPublished(draft, publishedAt, image);
	}

	/**
	 * Files a new story in an edition's language ("es") featuring a library image (or
	 * none) and publishes it (demo content).
	 */
	@Transactional
	public Long createPublished(ArticleDraft draft, Instant publishedAt, LibraryImage image, String language) {
		return this.filing.createPublished(draft, publishedAt, image, language);
	}

	/**
	 * Makes one story the translation of another: both join the original's translation
	 * group (whose id is the original's when it had none).
	 * @throws IllegalStateException when the group has a story in that language already
	 */
	@Transactional
	public void linkTranslation(Long originalId, Long translationId) {
		this.filing.linkTranslation(originalId, translationId);
	}

	/**
	 * Files a story brought in from another system with its status and times as recorded
	 * there, and keeps its old addresses; a slug already taken here gets a numbered
	 * suffix.
	 */
	@Transactional
	public ImportedStory.Filed importStory(ImportedStory story) {
		return this.filing.importStory(story);
	}

	/** This slug, or the first free one made from it with a numbered suffix. */
	public String uniqueSlug(String base) {
		return this.filing.uniqueSlug(base);
	}

	/** Whether and where readers may comment on the story with this id. */
	public CommentTarget commentTarget(Long articleId, Duration closeAfter) {
		Instant now = this.clock.instant();
		Article article = this.articles.findById(articleId)
			.filter((found) -> found.isLiveAt(now))
			.orElseThrow(() -> new ArticleNotFoundException(String.valueOf(articleId)));
		return new CommentTarget(article.getId(), article.getSlug(), article.acceptsCommentsAt(now, closeAfter));
	}

	/** The headlines of these stories, live or not, by id (one query). */
	public Map<Long, ArticleHeadline> headlines(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.articles.findHeadlines(ids)
			.stream()
			.collect(Collectors.toMap(ArticleHeadline::id, Function.identity()));
	}

	/**
	 * Keeps the approved-comment count that lists show; called inside the comment's
	 * transaction.
	 */
	@Transactional
	public void adjustCommentCount(Long articleId, int delta) {
		this.articles.adjustCommentCount(articleId, delta);
	}

	/**
	 * Sets the approved-comment count of each story to what the comment table holds;
	 * returns how many stories it updated.
	 */
	@Transactional
	public int recountComments(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return 0;
		}
		this.events.publishEvent(ContentChanged.of(articleIds.stream().map(ContentKeys::comments).toList()));
		return this.articles.recountComments(articleIds);
	}

	/**
	 * Where an address the story had on an earlier site leads now: the slug of a live
	 * story.
	 */
	public Optional<String> legacyRedirect(String path) {
		Instant now = this.clock.instant();
		return this.articles.findIdByLegacyPath(path)
			.flatMap(this.articles::findById)
			.filter((article) -> article.isLiveAt(now))
			.map(Article::getSlug);
	}

	/**
	 * The most read live stories of the last {@code days} days, most read first. Reads a
	 * few more ids than asked for, so stories taken down meanwhile can be left out.
	 */
	public List<ArticleCard> mostRead(int days, int limit) {
		return mostRead(days, limit, null);
	}

	/** The most read live stories in this language (every language if null). */
	public List<ArticleCard> mostRead(int days, int limit, String language) {
		LocalDate since = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone())
			.minusDays(Math.max(0, days - 1));
		List<Long> ids = this.views.mostViewedSince(since, limit * 2, language);
		List<ArticleCard> cards = this.lists.cards(this.lists.liveByIds(ids, this.clock.instant(), language));
		return cards.subList(0, Math.min(limit, cards.size()));
	}

	/**
	 * Live story cards for these ids, in the order given; anything not live is left out.
	 */
	public List<ArticleCard> liveCards(List<Long> ids) {
		return this.lists.cards(this.lists.liveByIds(ids, this.clock.instant()));
	}

	/**
	 * The card images of the live stories among these ids that feature a library image,
	 * by story id.
	 */
	public Map<Long, CardImage> liveImages(Collection<Long> ids) {
		return Map.copyOf(this.lists.images(this.lists.liveByIds(ids, this.clock.instant())));
	}

	/** Which of these ids are live stories now. */
	public Set<Long> liveIds(Collection<Long> ids) {
		return Set.copyOf(this.lists.liveIds(ids, this.clock.instant()));
	}

	/**
	 * The search document of a published story (live or scheduled), or empty for any
	 * other.
	 */
	public Optional<ArticleDocument> document(Long id) {
		return this.articles.findById(id)
			.filter((article) -> article.getStatus() == ArticleStatus.PUBLISHED && article.getPublishedAt() != null)
			.map(this::document);
	}

	/**
	 * Search documents of published stories with ids above {@code afterId}, by id: for
	 * rebuilds.
	 */
	public List<ArticleDocument> documents(long afterId, int limit) {
		return this.lists.published(afterId, limit).stream().map(this::document).toList();
	}

	/**
	 * How many stories are published (live or scheduled): what a full re-index covers.
	 */
	public long countPublished() {
		return this.lists.countPublished();
	}

	/**
	 * Whether a published story's time came within (from, to], so it went live without
	 * any write.
	 */
	public boolean wentLiveBetween(Instant from, Instant to) {
		return this.lists.wentLiveBetween(from, to);
	}

	/**
	 * The story as the search index keeps it: its section's and tags' names in its own
	 * language (results show them), the section's default slug (the filter's).
	 */
	private ArticleDocument document(Article article) {
		return new ArticleDocument(article.getId(), article.getSlug(), article.getHeadline(), article.getDeck(),
				this.bodyRenderer.plainText(article.getBodyMarkdown()), article.getPublishedAt(),
				article.getUpdatedAt(), (article.getSection() != null) ? article.getSection().getSlug() : null,
				this.names.sectionNameOf(article),
				article.getBylines()
					.stream()
					.map((author) -> new ArticleCard.Byline(author.getSlug(), author.getName()))
					.toList(),
				this.names.tagNamesOf(article), article.getSources().stream().map(Source::getName).toList(),
				article.getLanguage());
	}

	/** The featured image; a library image also gets its variants' srcset and size. */
	private FeaturedImage featuredImage(Article article) {
		FeaturedImage image = FeaturedImage.of(article);
		if (image == null || article.getImage().mediaId() == null) {
			return image;
		}
		return this.media.libraryImage(article.getImage().mediaId())
			.map((library) -> library.unavailable() ? FeaturedImage.unavailable(library.url())
					: new FeaturedImage(library.url(), image.alt(), image.caption(), image.credit(), library.srcset(),
							library.width(), library.height()))
			.orElse(image);
	}

	private ArticleView view(Article article, Instant now) {
		return view(article, this.related.of(article, now));
	}

	/**
	 * The page of any story, whatever its state, without related stories: for previews.
	 * The story may be an unsaved copy (no id), which has no corrections yet.
	 */
	ArticleView view(Article article, List<ArticleCard> related) {
		String language = article.getLanguage();
		List<TagView> tagViews = this.names.tags(
				article.getTags().stream().map(Tag::toView).sorted(Comparator.comparing(TagView::name)).toList(),
				language);
		SectionView section = this.names.section((article.getSection() != null) ? article.getSection().toView() : null,
				language);
		List<CorrectionView> log = (article.getId() != null) ? this.corrections.findViews(article.getId()) : List.of();
		return new ArticleView(article.getId(), article.getSlug(), article.getHeadline(), article.getDeck(),
				article.datelineLabel(this.editions.forLanguage(article.getLanguage())),
				this.expiredImages.replaceIn(article.getBodyHtml()), section, article.getPublishedAt(),
				article.getUpdatedAt(), article.updatedMateriallyAfterPublication() || !log.isEmpty(),
				this.names.bylines(article.getBylines().stream().map(Author::toView).toList(), language),
				article.getSources().stream().map(Source::toView).toList(), tagViews, article.isCommentsOpen(),
				article.getCommentCount(), related, featuredImage(article), article.getSeoTitle(),
				article.getSeoDescription(), log, language, translations(article));
	}

	/** The other stories of its translation group; no statement when it has none. */
	private List<ArticleTranslation> translations(Article article) {
		if (article.getTranslationGroup() == null || article.getId() == null) {
			return List.of();
		}
		return this.articles.findTranslations(article.getTranslationGroup(), article.getId());
	}

}
