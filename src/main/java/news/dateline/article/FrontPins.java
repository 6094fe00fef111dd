package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleListQueries;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.ArticleRow;
import news.dateline.audit.AuditLog;
import news.dateline.section.SectionService;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.RuleViolationException;

/**
 * The stories editors pin to the fronts (the home page and each section's page): pin a
 * live story to a slot (moving it there if it was pinned elsewhere on that front), unpin
 * a slot, and release every pin of a story when it is unpublished. Editors and
 * Administrators only; each change is audited and announced as a {@link ContentChanged}
 * naming the front.
 */
@Service
@Transactional(readOnly = true)
public class FrontPins {

	/** Slots of a front: the lead and the featured stories after it. */
	public static final int SLOTS = 4;

	/** Newest stories offered for pinning besides those on the front. */
	static final int CANDIDATES = 40;

	private final FrontPinRepository pins;

	private final ArticleRepository articles;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ArticleListQueries lists;

	private final SectionService sections;

	FrontPins(FrontPinRepository pins, ArticleRepository articles, ArticleListQueries lists, CurrentActor currentActor,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, SectionService sections) {
		this.pins = pins;
		this.sections = sections;
		this.lists = lists;
		this.articles = articles;
		this.currentActor = currentActor;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The pinned story ids of a front by slot ({@code sectionId} null for the home page).
	 */
	Map<Integer, Long> pinned(Long sectionId) {
		Map<Integer, Long> pinned = new LinkedHashMap<>();
		this.pins.findBySectionIdOrderBySlot(front(sectionId))
			.forEach((pin) -> pinned.put(pin.getSlot(), pin.getArticleId()));
		return pinned;
	}

	/**
	 * A front's slots, each the story pinned there (if live, and of the list's language)
	 * or else the newest live story not pinned, and up to {@code more} newest stories
	 * after them.
	 */
	Front front(Long sectionId, StoryList list, Instant now, int more) {
		Map<Integer, Long> pinned = pinned(sectionId);
		Map<Long, ArticleRow> pinnedRows = new HashMap<>();
		this.lists.liveByIds(pinned.values(), now, list.language()).forEach((row) -> pinnedRows.put(row.id(), row));
		List<ArticleRow> newest = new ArrayList<>(this.lists.older(list, now, null, SLOTS + more + pinned.size())
			.stream()
			.filter((row) -> !pinnedRows.containsKey(row.id()))
			.toList());
		List<ArticleRow> slots = new ArrayList<>();
		for (int slot = 1; slot <= SLOTS; slot++) {
			ArticleRow row = pinnedRows.get(pinned.get(slot));
			if (row != null) {
				slots.add(row);
			}
			else if (!newest.isEmpty()) {
				slots.add(newest.remove(0));
			}
		}
		List<ArticleRow> rest = newest.subList(0, Math.min(newest.size(), more));
		List<ArticleRow> all = new ArrayList<>(slots);
		all.addAll(rest);
		List<ArticleCard> cards = this.lists.cards(all);
		return new Front(cards.subList(0, slots.size()), cards.subList(slots.size(), cards.size()));
	}

	/** A front's slot cards and the cards after them. */
	record Front(List<ArticleCard> slots, List<ArticleCard> rest) {
	}

	/**
	 * A front as the editors arrange it: each slot with its story and whether it is
	 * pinned, and the stories to pin.
	 */
	public FrontArrangement arrangement(Long sectionId) {
		this.currentActor.require(Role.EDITOR);
		Instant now = this.clock.instant();
		StoryList list = (sectionId == null) ? StoryList.all() : StoryList.section(sectionId);
		Map<Integer, Long> pinned = pinned(sectionId);
		Front front = front(sectionId, list, now, CANDIDATES);
		List<FrontArrangement.Slot> slots = new ArrayList<>();
		for (int i = 0; i < front.slots().size(); i++) {
			ArticleCard card = front.slots().get(i);
			slots.add(new FrontArrangement.Slot(i + 1, card, card.id().equals(pinned.get(i + 1))));
		}
		List<ArticleCard> candidates = new ArrayList<>(front.slots());
		candidates.addAll(front.rest());
		return new FrontArrangement(sectionId, slots, candidates);
	}

	/**
	 * Pins a live story to a slot of a front (of its own section, for a section front),
	 * replacing whatever was pinned there.
	 */
	@Transactional
	public void pin(Long sectionId, int slot, Long articleId) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		requireSlot(slot);
		Article article = (articleId != null) ? this.articles.findById(articleId).orElse(null) : null;
		if (article == null || !article.isLiveAt(this.clock.instant())) {
			throw new RuleViolationException("front.story.not-live");
		}
		if (sectionId != null && (article.getSection() == null || !sectionId.equals(article.getSection().getId()))) {
			throw new RuleViolationException("front.story.other-section");
		}
		long front = front(sectionId);
		List<FrontPin> current = this.pins.findBySectionIdOrderBySlot(front);
		current.stream()
			.filter((pin) -> pin.getSlot() == slot || pin.getArticleId().equals(articleId))
			.forEach(this.pins::delete);
		this.pins.flush();
		this.pins.save(new FrontPin(front, slot, articleId, actor.userId(), this.clock.instant()));
		this.audit.record(actor, "front.pin", "article", articleId,
				"pinned /articles/" + article.getSlug() + " to slot " + slot + " of " + frontName(sectionId));
		this.events.publishEvent(frontChanged(front));
	}

	/** Empties a slot of a front: the newest story not shown above takes it. */
	@Transactional
	public void unpin(Long sectionId, int slot) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		requireSlot(slot);
		long front = front(sectionId);
		for (FrontPin pin : this.pins.findBySectionIdOrderBySlot(front)) {
			if (pin.getSlot() == slot) {
				this.pins.delete(pin);
				this.audit.record(actor, "front.unpin", "article", pin.getArticleId(),
						"unpinned slot " + slot + " of " + frontName(sectionId));
				this.events.publishEvent(frontChanged(front));
			}
		}
	}

	/**
	 * A story taken off the site leaves every front it was pinned to, in the same
	 * transaction.
	 */
	@EventListener
	@Transactional
	void release(ArticleUnpublished unpublished) {
		for (FrontPin pin : this.pins.findByArticleId(unpublished.articleId())) {
			this.pins.delete(pin);
			this.audit.recordSystem("editorial", "front.release", "article", unpublished.articleId(),
					"released from slot " + pin.getSlot() + " of "
							+ frontName((pin.getSectionId() == FrontPin.HOME) ? null : pin.getSectionId()));
			this.events.publishEvent(frontChanged(pin.getSectionId()));
		}
	}

	private static void requireSlot(int slot) {
		if (slot < 1 || slot > SLOTS) {
			throw new RuleViolationException("front.slot.invalid");
		}
	}

	/**
	 * The change readers see when a front's pins move: the home page, or the section's
	 * own page.
	 */
	private ContentChanged frontChanged(long front) {
		if (front == FrontPin.HOME) {
			return ContentChanged.of(ContentKeys.HOME);
		}
		return this.sections.byId(front)
			.map((section) -> ContentChanged.of(ContentKeys.section(section.slug())))
			.orElseGet(() -> ContentChanged.of(ContentKeys.HOME));
	}

	private static long front(Long sectionId) {
		return (sectionId == null) ? FrontPin.HOME : sectionId;
	}

	private static String frontName(Long sectionId) {
		return (sectionId == null) ? "the home page" : "section " + sectionId;
	}

}
