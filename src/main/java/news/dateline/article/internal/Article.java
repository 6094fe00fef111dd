package news.dateline.article.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import news.dateline.article.ArticleStatus;
import news.dateline.article.ChecklistItem;
import news.dateline.article.WorkflowException;
import news.dateline.author.Author;
import news.dateline.section.Section;
import news.dateline.source.Source;
import news.dateline.system.Edition;
import news.dateline.tag.Tag;

/**
 * A story: headline, deck, dateline, body (Markdown source and the sanitised HTML made
 * from it at save time), where it is filed and who wrote it, and where it stands in the
 * workflow. The version guards what editors write; workflow moves (publish, schedule, the
 * release job) do not bump it, so an editor's open form is not refused because someone
 * pressed Publish meanwhile. The featured image is an {@link ArticleImage}.
 * <p>
 * Longer than the house limit because it maps 28 columns and three link tables, and half
 * its lines are their accessors. Its workflow state (status, publication and release
 * times) is the next candidate for a value of its own, but JPQL and SQL strings name
 * those fields in some forty places across the module, so that move waits for a quieter
 * moment than one where several engineers change this entity at once.
 */
@Entity
public class Article {

	/** An update this soon after publication is not shown as "Updated". */
	static final Duration MATERIAL_UPDATE = Duration.ofMinutes(30);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String headline;

	private String deck;

	private String datelineCity;

	private String datelineCountry;

	@Column(length = 1_000_000)
	private String bodyMarkdown;

	@Column(length = 1_000_000)
	private String bodyHtml;

	@ManyToOne(fetch = FetchType.LAZY)
	private Section section;

	@Enumerated(EnumType.STRING)
	@OptimisticLock(excluded = true)
	private ArticleStatus status = ArticleStatus.DRAFT;

	@OptimisticLock(excluded = true)
	private Instant publishedAt;

	/** When a scheduled story goes live, or an embargoed one's embargo lifts. */
	@OptimisticLock(excluded = true)
	private Instant releaseAt;

	@OptimisticLock(excluded = true)
	private Instant updatedAt;

	private Instant createdAt;

	/** The staff user who filed the story: its owner for the workflow rules. */
	private Long createdBy;

	private String seoTitle;

	private String seoDescription;

	/**
	 * Absent (null) when the story has none: JPA loads an all-null embeddable as null.
	 */
	@Embedded
	private ArticleImage image;

	private boolean commentsOpen = true;

	/** The code of the edition the story belongs to, such as "en" or "es". */
	private String language = "en";

	/**
	 * The translation group (the id of its original story), or null when the story has no
	 * translations. A group holds at most one story per language.
	 */
	private Long translationGroup;

	/**
	 * Kept by the comment service with single-row updates, never written from this
	 * entity.
	 */
	@Column(insertable = false, updatable = false)
	private int commentCount;

	@Version
	private long version;

	@ManyToMany
	@JoinTable(name = "article_byline", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "author_id"))
	@OrderColumn(name = "position")
	private List<Author> bylines = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "article_source", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new LinkedHashSet<>();

	protected Article() {
	}

	public Article(String slug, String headline, Clock clock) {
		this.slug = slug;
		this.headline = headline;
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/** Sends a draft (or an unpublished story) to the editors' review queue. */
	public void submitForReview() {
		require(ArticleStatus.DRAFT, ArticleStatus.UNPUBLISHED);
		this.status = ArticleStatus.IN_REVIEW;
	}

	/** Sends a story in review back to its writer as a draft. */
	public void returnToDraft() {
		require(ArticleStatus.IN_REVIEW);
		this.status = ArticleStatus.DRAFT;
	}

	/** Queues the story to go live at a future moment. */
	public void schedule(Instant at, Clock clock) {
		queue(ArticleStatus.SCHEDULED, at, clock);
	}

	/**
	 * Holds the story back from every public surface until the embargo lifts at a future
	 * moment.
	 */
	public void embargoUntil(Instant until, Clock clock) {
		queue(ArticleStatus.EMBARGOED, until, clock);
	}

	private void queue(ArticleStatus queued, Instant at, Clock clock) {
		require(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.EMBARGOED,
				ArticleStatus.UNPUBLISHED);
		if (at == null || !at.isAfter(clock.instant())) {
			throw new WorkflowException("article.workflow.time-in-past");
		}
		this.status = queued;
		this.releaseAt = at;
	}

	/** Puts the story live now, or keeps the publication time it already has. */
	public void publish(Clock clock) {
		require(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.EMBARGOED,
				ArticleStatus.UNPUBLISHED);
		Instant now = clock.instant();
		if (this.publishedAt == null || this.publishedAt.isAfter(now)) {
			this.publishedAt = now;
		}
		this.status = ArticleStatus.PUBLISHED;
		this.releaseAt = null;
	}

	/** Takes the story off the site, or cancels its scheduled release or embargo lift. */
	public void unpublish() {
		require(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED, ArticleStatus.EMBARGOED);
		this.status = ArticleStatus.UNPUBLISHED;
		this.releaseAt = null;
	}

	/**
	 * Whether the release job should put the story live at this moment. The job applies
	 * the same rule as one conditional UPDATE, so two nodes can never both release a
	 * story.
	 */
	public boolean isDueAt(Instant now) {
		return (this.status == ArticleStatus.SCHEDULED || this.status == ArticleStatus.EMBARGOED)
				&& this.releaseAt != null && !this.releaseAt.isAfter(now);
	}

	/** What still stands between the story and publication. */
	public List<ChecklistItem> unmetChecklist() {
		return unmetChecklistWith(this.headline, this.deck, this.datelineCity);
	}

	/**
	 * What would stand between the story and publication with this text in place of its
	 * own.
	 */
	public List<ChecklistItem> unmetChecklistWith(String headline, String deck, String datelineCity) {
		return ChecklistItem.unmet(headline, deck, !this.bylines.isEmpty(), this.section != null, getImage().url(),
				getImage().alt(), !this.sources.isEmpty(), datelineCity);
	}

	/** Whether the actor filed this story. */
	public boolean isOwnedBy(Long userId) {
		return this.createdBy != null && this.createdBy.equals(userId);
	}

	private void require(ArticleStatus... allowed) {
		for (ArticleStatus candidate : allowed) {
			if (this.status == candidate) {
				return;
			}
		}
		throw new WorkflowException("article.workflow.not-from-" + this.status.name().toLowerCase(Locale.ROOT));
	}

	/**
	 * Puts the story live as of a past moment (imports, demo content, back-dated
	 * stories).
	 */
	public void publishAt(Instant when) {
		this.publishedAt = when;
		this.updatedAt = when;
		this.status = ArticleStatus.PUBLISHED;
	}

	/**
	 * Takes the status and times another system recorded for the story (imports).
	 * @param releaseAt when a scheduled story goes live or an embargo lifts; required for
	 * those two
	 * @throws WorkflowException for a scheduled or embargoed story without a release
	 * time, which the release job would never put live
	 */
	public void importedAs(ArticleStatus status, Instant publishedAt, Instant releaseAt, Instant createdAt,
			Instant updatedAt) {
		boolean queued = status == ArticleStatus.SCHEDULED || status == ArticleStatus.EMBARGOED;
		if (queued && releaseAt == null) {
			throw new WorkflowException("article.workflow.release-time-required");
		}
		this.status = status;
		this.releaseAt = queued ? releaseAt : null;
		this.publishedAt = publishedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/** Whether readers may see the story at this moment. */
	public boolean isLiveAt(Instant now) {
		return this.status == ArticleStatus.PUBLISHED && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

	/** Whether a reader may still comment at this moment. */
	public boolean acceptsCommentsAt(Instant now, Duration closeAfter) {
		if (!this.commentsOpen || !isLiveAt(now)) {
			return false;
		}
		return closeAfter.isZero() || this.publishedAt.plus(closeAfter).isAfter(now);
	}

	/**
	 * The dateline as it opens the body, in the style of the story's edition: "SEOUL.-",
	 * "SEÚL.-".
	 */
	public String datelineLabel(Edition edition) {
		return edition.dateline(this.datelineCity);
	}

	/** Whether the story changed materially after it was published. */
	public boolean updatedMateriallyAfterPublication() {
		return this.publishedAt != null && this.updatedAt != null
				&& this.updatedAt.isAfter(this.publishedAt.plus(MATERIAL_UPDATE));
	}

	public void setBody(String markdown, String html) {
		this.bodyMarkdown = markdown;
		this.bodyHtml = html;
	}

	public void setDateline(String city, String country) {
		this.datelineCity = blankToNull(city);
		this.datelineCountry = blankToNull(country);
	}

	public void touch(Clock clock) {
		this.updatedAt = clock.instant();
	}

	/**
	 * Copies what a translation starts from: section, bylines, sources, tags, image,
	 * dateline, comments setting and text (which the translator writes over). Its SEO
	 * texts, slug, workflow state and times stay its own.
	 */
	public void copyForTranslation(Article original) {
		this.deck = original.deck;
		this.datelineCity = original.datelineCity;
		this.datelineCountry = original.datelineCountry;
		this.bodyMarkdown = original.bodyMarkdown;
		this.bodyHtml = original.bodyHtml;
		this.section = original.section;
		this.bylines = new ArrayList<>(original.bylines);
		this.sources = new ArrayList<>(original.sources);
		this.tags = new LinkedHashSet<>(original.tags);
		this.image = original.image;
		this.commentsOpen = original.commentsOpen;
	}

	public void setCreatedBy(Long userId) {
		this.createdBy = userId;
	}

	/**
	 * The search-engine title and description; blank values fall back to headline and
	 * deck.
	 */
	public void setSeo(String title, String description) {
		this.seoTitle = blankToNull(title);
		this.seoDescription = blankToNull(description);
	}

	/** The featured image, from the media library when {@code mediaId} is given. */
	public void setImage(String url, String alt, String caption, String credit, Long mediaId) {
		this.image = ArticleImage.of(url, alt, caption, credit, mediaId);
	}

	/** The featured image, {@link ArticleImage#NONE} when there is none. */
	public ArticleImage getImage() {
		return (this.image != null) ? this.image : ArticleImage.NONE;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getHeadline() {
		return this.headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getDeck() {
		return this.deck;
	}

	public void setDeck(String deck) {
		this.deck = deck;
	}

	public String getDatelineCity() {
		return this.datelineCity;
	}

	public String getDatelineCountry() {
		return this.datelineCountry;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public Section getSection() {
		return this.section;
	}

	public void setSection(Section section) {
		this.section = section;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getReleaseAt() {
		return this.releaseAt;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public String getSeoTitle() {
		return this.seoTitle;
	}

	public String getSeoDescription() {
		return this.seoDescription;
	}

	public boolean isCommentsOpen() {
		return this.commentsOpen;
	}

	public void setCommentsOpen(boolean commentsOpen) {
		this.commentsOpen = commentsOpen;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Long getTranslationGroup() {
		return this.translationGroup;
	}

	public void setTranslationGroup(Long translationGroup) {
		this.translationGroup = translationGroup;
	}

	public int getCommentCount() {
		return this.commentCount;
	}

	public long getVersion() {
		return this.version;
	}

	public List<Author> getBylines() {
		return List.copyOf(this.bylines);
	}

	public void setBylines(List<Author> bylines) {
		this.bylines.clear();
		this.bylines.addAll(bylines);
	}

	public List<Source> getSources() {
		return List.copyOf(this.sources);
	}

	public void setSources(List<Source> sources) {
		this.sources.clear();
		this.sources.addAll(sources);
	}

	public Set<Tag> getTags() {
		return Set.copyOf(this.tags);
	}

	public void setTags(List<Tag> tags) {
		this.tags.clear();
		this.tags.addAll(tags);
	}

}
