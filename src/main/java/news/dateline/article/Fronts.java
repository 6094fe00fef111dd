package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import news.dateline.article.internal.ArticleListQueries;
import news.dateline.article.internal.ArticleRow;
import news.dateline.article.internal.Cursor;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.SiteProperties;

/**
 * Reads the fronts and story lists readers page through: the home page, a section's front
 * and first page, and any list by cursor. Called inside {@link ArticleService}'s
 * read-only transaction.
 */
@Component
class Fronts {

	/** Stories in each section's block on the home page. */
	static final int SECTION_BLOCK = 4;

	private final ArticleListQueries lists;

	private final FrontPins pins;

	private final SectionService sections;

	private final SiteProperties site;

	private final Clock clock;

	Fronts(ArticleListQueries lists, FrontPins pins, SectionService sections, SiteProperties site, Clock clock) {
		this.lists = lists;
		this.pins = pins;
		this.sections = sections;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * The home page as of now: the lead and featured stories (pinned by editors, the
	 * newest others in the slots left), the latest stories after them, and the newest
	 * stories of each section. No story shows twice. Stories in this language only (every
	 * language if null).
	 */
	FrontPage home(String language) {
		Instant now = this.clock.instant();
		int size = Math.max(1, this.site.pageSize() - (FrontPins.SLOTS - 1));
		FrontPins.Front front = this.pins.front(null, StoryList.all().in(language), now, size + 1);
		List<ArticleCard> rest = front.rest();
		List<ArticleCard> latest = rest.subList(0, Math.min(rest.size(), size));
		String older = (rest.size() > size) ? Cursor.of(latest.get(latest.size() - 1)).format() : null;
		Set<Long> shown = new HashSet<>();
		front.slots().forEach((card) -> shown.add(card.id()));
		latest.forEach((card) -> shown.add(card.id()));
		// each section's newest stories not shown above (an index range each), then all
		// their bylines at once
		List<SectionView> sectionViews = new ArrayList<>();
		List<ArticleRow> sectionRows = new ArrayList<>();
		List<Integer> blockSizes = new ArrayList<>();
		for (SectionView section : this.sections.all()) {
			long above = front.slots().stream().filter((card) -> section.slug().equals(card.sectionSlug())).count()
					+ latest.stream().filter((card) -> section.slug().equals(card.sectionSlug())).count();
			List<ArticleRow> newest = this.lists
				.older(StoryList.section(section.id()).in(language), now, null, SECTION_BLOCK + (int) above)
				.stream()
				.filter((row) -> !shown.contains(row.id()))
				.limit(SECTION_BLOCK)
				.toList();
			if (!newest.isEmpty()) {
				sectionViews.add(section);
				sectionRows.addAll(newest);
				blockSizes.add(newest.size());
			}
		}
		List<ArticleCard> sectionCards = this.lists.cards(sectionRows);
		List<FrontPage.SectionBlock> blocks = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < sectionViews.size(); i++) {
			int to = from + blockSizes.get(i);
			blocks.add(new FrontPage.SectionBlock(sectionViews.get(i), sectionCards.subList(from, to)));
			from = to;
		}
		List<ArticleCard> slots = front.slots();
		return new FrontPage(slots.isEmpty() ? null : slots.get(0),
				slots.isEmpty() ? List.of() : slots.subList(1, slots.size()), new CardPage(latest, older, null),
				blocks);
	}

	/**
	 * The lead and featured stories of a section's page (pinned ones in their slots, the
	 * newest in the rest).
	 */
	List<ArticleCard> sectionFront(Long sectionId, String language) {
		return this.pins.front(sectionId, StoryList.section(sectionId).in(language), this.clock.instant(), 0).slots();
	}

	/**
	 * The first page of a section, after its front's stories: a section's page shows each
	 * story once. With a cursor, an ordinary page of the list.
	 */
	CardPage sectionPage(Long sectionId, String language, List<ArticleCard> front, String before, String after) {
		StoryList list = StoryList.section(sectionId).in(language);
		if (Cursor.parse(before).isPresent() || Cursor.parse(after).isPresent() || front.isEmpty()) {
			return list(list, before, after);
		}
		Instant now = this.clock.instant();
		int size = this.site.pageSize();
		Set<Long> shown = front.stream().map(ArticleCard::id).collect(Collectors.toSet());
		List<ArticleRow> rows = this.lists.older(list, now, null, size + 1 + shown.size())
			.stream()
			.filter((row) -> !shown.contains(row.id()))
			.toList();
		List<ArticleCard> cards = this.lists.cards(rows.subList(0, Math.min(rows.size(), size)));
		String older = (rows.size() > size) ? Cursor.of(cards.get(cards.size() - 1)).format() : null;
		return new CardPage(cards, older, null);
	}

	/**
	 * A page of a story list. {@code before} and {@code after} are cursors from an
	 * earlier page; a malformed one is treated as absent.
	 */
	CardPage list(StoryList list, String before, String after) {
		Instant now = this.clock.instant();
		int size = this.site.pageSize();
		Optional<Cursor> afterCursor = Cursor.parse(after);
		List<ArticleRow> rows;
		boolean more;
		if (afterCursor.isPresent()) {
			rows = this.lists.newer(list, now, afterCursor.get(), size + 1);
			more = rows.size() > size;
			if (more) {
				rows = rows.subList(1, rows.size());
			}
		}
		else {
			rows = this.lists.older(list, now, Cursor.parse(before).orElse(null), size + 1);
			more = rows.size() > size;
			if (more) {
				rows = rows.subList(0, size);
			}
		}
		List<ArticleCard> cards = this.lists.cards(rows);
		if (cards.isEmpty()) {
			return new CardPage(cards, null, null);
		}
		boolean paged = afterCursor.isPresent() || Cursor.parse(before).isPresent();
		String older = (afterCursor.isPresent() || more) ? Cursor.of(cards.get(cards.size() - 1)).format() : null;
		String newer = (afterCursor.isPresent() ? more : paged) ? Cursor.of(cards.get(0)).format() : null;
		return new CardPage(cards, older, newer);
	}

}
