package news.dateline.live;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.ArticleHeadline;
import news.dateline.article.ArticleService;
import news.dateline.article.BodyRenderer;
import news.dateline.author.AuthorNotFoundException;
import news.dateline.author.AuthorService;
import news.dateline.author.AuthorView;
import news.dateline.live.internal.LiveEntry;
import news.dateline.live.internal.LiveEntryRepository;
import news.dateline.live.internal.LiveStory;
import news.dateline.live.internal.LiveStoryRepository;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;

/**
 * Live coverage: switching a story to live and back, filing, editing and deleting its
 * entries, and reading them for the story page, the admin desk and the event streams.
 * Authors and above file entries and edit their own; Editors and above edit any entry and
 * start or end coverage. Every write takes the story's next number under a row lock,
 * publishes {@link LiveChanged} (audited) and {@link ContentChanged} (caches evict, other
 * nodes learn of it), and on PostgreSQL a {@code NOTIFY}.
 */
@Service
@Transactional(readOnly = true)
public class LiveService {

	static final int MAX_BODY = 20000;

	static final int MAX_KEY_TITLE = 120;

	static final int DESK_ENTRIES = 100;

	static final int KEY_EVENTS = 12;

	private final LiveStoryRepository stories;

	private final LiveEntryRepository entries;

	private final ArticleService articles;

	private final BodyRenderer renderer;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final LiveNotifications notifications;

	private final LiveProperties properties;

	private final AuthorService authors;

	private final Clock clock;

	LiveService(LiveStoryRepository stories, LiveEntryRepository entries, ArticleService articles,
			BodyRenderer renderer, CurrentActor currentActor, ApplicationEventPublisher events,
			LiveNotifications notifications, LiveProperties properties, AuthorService authors, Clock clock) {
		this.stories = stories;
		this.authors = authors;
		this.entries = entries;
		this.articles = articles;
		this.renderer = renderer;
		this.currentActor = currentActor;
		this.events = events;
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The live part of a story's page, or empty when the story was never live.
	 * @param olderThan the id of the entry the page starts below (null for the newest)
	 */
	public Optional<LiveCoverage> coverage(Long articleId, Long olderThan) {
		return this.stories.findById(articleId).map((story) -> coverage(story, olderThan));
	}

	private LiveCoverage coverage(LiveStory story, Long olderThan) {
		int size = this.properties.pageSize();
		Long articleId = story.getArticleId();
		LiveEntry start = (olderThan != null) ? this.entries.findById(olderThan)
			.filter((entry) -> entry.getArticleId().equals(articleId))
			.orElse(null) : null;
		List<LiveEntry> page = (start == null) ? this.entries.findNewest(articleId, Limit.of(size + 1))
				: this.entries.findOlder(articleId, start.toView().postedAt(), start.getId(), Limit.of(size + 1));
		Long next = null;
		if (page.size() > size) {
			page = page.subList(0, size);
			next = page.get(size - 1).getId();
		}
		LiveEntryView pinned = this.entries.findPinned(articleId)
			.stream()
			.findFirst()
			.map(LiveEntry::toView)
			.orElse(null);
		return new LiveCoverage(articleId, story.getStartedAt(), story.getEndedAt(), story.getLastSeq(),
				this.entries.findKeyEvents(articleId, Limit.of(KEY_EVENTS)).stream().map(LiveEntry::toView).toList(),
				pinned, page.stream().map(LiveEntry::toView).toList(), next, start == null);
	}

	/** The writes to a story's entries after the given number, for event streams. */
	public LiveUpdates updatesAfter(Long articleId, long seq, int limit) {
		LiveStory story = this.stories.findById(articleId)
			.orElseThrow(() -> new LiveNotFoundException("live story " + articleId));
		List<LiveEntryView> changed = this.entries.findChangedAfter(articleId, seq, Limit.of(limit))
			.stream()
			.map(LiveEntry::toView)
			.toList();
		return new LiveUpdates(articleId, changed, story.getLastSeq(), story.getEndedAt());
	}

	/**
	 * Where an entry is on its story's pages: its story and the {@code olderThan} cursor
	 * of a page that starts with it (null: the newest page holds it); empty when there is
	 * no such entry (or it was deleted).
	 */
	public Optional<LiveEntryPlace> place(Long entryId) {
		return this.entries.findById(entryId).filter((entry) -> !entry.isDeleted()).map((entry) -> {
			LiveEntryView view = entry.toView();
			if (entry.isPinned()) {
				return new LiveEntryPlace(view.articleId(), view.anchor(), null);
			}
			List<LiveEntry> newer = this.entries.findNewer(view.articleId(), view.postedAt(), view.id(),
					Limit.of(this.properties.pageSize()));
			Long cursor = (newer.size() < this.properties.pageSize()) ? null : newer.get(0).getId();
			return new LiveEntryPlace(view.articleId(), view.anchor(), cursor);
		});
	}

	/** The number of the last write to a story's entries, or empty when never live. */
	public Optional<Long> lastSeq(Long articleId) {
		return this.stories.findById(articleId).map(LiveStory::getLastSeq);
	}

	/** The admin's desk of a story (Authors and above). */
	public LiveDesk desk(Long articleId) {
		this.currentActor.require(Role.AUTHOR);
		ArticleHeadline headline = headline(articleId);
		Optional<LiveStory> story = this.stories.findById(articleId);
		List<LiveEntryView> shown = new ArrayList<>();
		this.entries.findPinned(articleId).forEach((entry) -> shown.add(entry.toView()));
		this.entries.findNewest(articleId, Limit.of(DESK_ENTRIES)).forEach((entry) -> shown.add(entry.toView()));
		return new LiveDesk(articleId, headline.headline(), headline.url(), story.isPresent(),
				story.map(LiveStory::getStartedAt).orElse(null), story.map(LiveStory::getEndedAt).orElse(null), shown);
	}

	/** One entry, for its edit form (Authors and above). */
	public LiveEntryView entry(Long entryId) {
		this.currentActor.require(Role.AUTHOR);
		return visibleEntry(entryId).toView();
	}

	/** Switches a story to live, or back to live after its coverage ended (Editors). */
	@Transactional
	public void start(Long articleId) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		headline(articleId);
		Optional<LiveStory> existing = this.stories.findForUpdate(articleId);
		long seq;
		if (existing.isPresent()) {
			seq = existing.get().resume();
		}
		else {
			LiveStory story = this.stories.save(new LiveStory(articleId, this.clock.instant()));
			seq = story.nextSeq();
		}
		changed(actor, "live.start", articleId, null, seq);
	}

	/**
	 * Ends a story's coverage: the page stays, as an ordinary archived story (Editors).
	 */
	@Transactional
	public void end(Long articleId) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		LiveStory story = lockedStory(articleId);
		changed(actor, "live.end", articleId, null, story.end(this.clock.instant()));
	}

	/** Files an entry under the signed-in staff member's name (Authors and above). */
	@Transactional
	public Long file(Long articleId, LiveEntryDraft draft) {
		Actor actor = this.currentActor.require(Role.AUTHOR);
		validate(draft);
		LiveStory story = lockedStory(articleId);
		if (!story.isLive()) {
			throw new RuleViolationException("live.error.ended");
		}
		long seq = story.nextSeq();
		if (draft.pinned()) {
			unpinOthers(story, null);
			seq = story.nextSeq();
		}
		LiveEntry entry = new LiveEntry(articleId, seq, actor.userId(), actor.displayName(), this.clock.instant());
		credit(entry, draft);
		entry.write(draft.body(), this.renderer.render(draft.body(), null), draft.keyTitle(), draft.pinned());
		entry = this.entries.save(entry);
		changed(actor, "live.entry.file", articleId, entry.getId(), seq);
		return entry.getId();
	}

	/** Edits an entry: Authors their own, Editors any. */
	@Transactional
	public void edit(Long entryId, LiveEntryDraft draft) {
		Actor actor = this.currentActor.require(Role.AUTHOR);
		validate(draft);
		LiveEntry entry = editable(entryId, actor);
		LiveStory story = lockedStory(entry.getArticleId());
		if (draft.pinned() && !entry.isPinned()) {
			unpinOthers(story, entryId);
		}
		long seq = story.nextSeq();
		credit(entry, draft);
		entry.edit(seq, this.clock.instant(), draft.body(), this.renderer.render(draft.body(), null), draft.keyTitle(),
				draft.pinned());
		changed(actor, "live.entry.edit", entry.getArticleId(), entryId, seq);
	}

	/** Deletes an entry: readers see no trace of it. Authors their own, Editors any. */
	@Transactional
	public void delete(Long entryId) {
		Actor actor = this.currentActor.require(Role.AUTHOR);
		LiveEntry entry = editable(entryId, actor);
		LiveStory story = lockedStory(entry.getArticleId());
		long seq = story.nextSeq();
		entry.delete(seq);
		changed(actor, "live.entry.delete", entry.getArticleId(), entryId, seq);
	}

	private void unpinOthers(LiveStory story, Long keep) {
		for (LiveEntry other : this.entries.findPinned(story.getArticleId())) {
			if (!other.getId().equals(keep)) {
				other.unpin(story.nextSeq());
			}
		}
	}

	private LiveEntry editable(Long entryId, Actor actor) {
		LiveEntry entry = visibleEntry(entryId);
		if (!entry.isWrittenBy(actor.userId())) {
			actor.require(Role.EDITOR);
		}
		return entry;
	}

	private LiveEntry visibleEntry(Long entryId) {
		return this.entries.findById(entryId)
			.filter((entry) -> !entry.isDeleted())
			.orElseThrow(() -> new LiveNotFoundException("live entry " + entryId));
	}

	private LiveStory lockedStory(Long articleId) {
		return this.stories.findForUpdate(articleId)
			.orElseThrow(() -> new LiveNotFoundException("live story " + articleId));
	}

	private ArticleHeadline headline(Long articleId) {
		ArticleHeadline headline = this.articles.headlines(List.of(articleId)).get(articleId);
		if (headline == null) {
			throw new LiveNotFoundException("story " + articleId);
		}
		return headline;
	}

	/**
	 * Credits the entry to the draft's byline when it names one; an unknown byline is
	 * refused beside the field.
	 */
	private void credit(LiveEntry entry, LiveEntryDraft draft) {
		if (draft.byline() == null) {
			return;
		}
		try {
			AuthorView author = this.authors.bySlug(draft.byline());
			entry.credit(author.name(), author.slug());
		}
		catch (AuthorNotFoundException ex) {
			throw new FieldRejectedException("byline", "live.error.byline");
		}
	}

	private static void validate(LiveEntryDraft draft) {
		if (draft.body().isEmpty()) {
			throw new FieldRejectedException("body", "live.error.body-empty");
		}
		if (draft.body().length() > MAX_BODY) {
			throw new FieldRejectedException("body", "live.error.body-long");
		}
		if (draft.keyTitle() != null && draft.keyTitle().length() > MAX_KEY_TITLE) {
			throw new FieldRejectedException("keyTitle", "live.error.key-title-long");
		}
	}

	private void changed(Actor actor, String action, Long articleId, Long entryId, long seq) {
		this.events.publishEvent(new LiveChanged(actor, action, articleId, entryId, seq));
		this.events.publishEvent(ContentChanged.of(ContentKeys.article(articleId), ContentKeys.card(articleId)));
		this.notifications.notifyWrite(articleId);
	}

}
