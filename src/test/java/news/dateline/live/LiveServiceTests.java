package news.dateline.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
@RecordApplicationEvents
class LiveServiceTests {

	@Autowired
	LiveService live;

	@Autowired
	TestData data;

	@Autowired
	TestActor actor;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	news.dateline.author.AuthorService authors;

	Long story;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		String author = this.data.author(TestData.unique("김민준 Muñoz"));
		this.story = this.data
			.story("Cumbre en Pyongyang — «en directo» 🇰🇷", this.data.section(TestData.unique("Mundo")), author,
					Duration.ofHours(1))
			.id();
		this.actor.actAs(1, "Editora Núñez", Role.EDITOR);
		this.live.start(this.story);
	}

	@AfterEach
	void clearActor() {
		this.actor.clear();
	}

	@Test
	void filesEntriesNewestFirstRenderedAndSanitised() {
		Long first = this.live.file(this.story, new LiveEntryDraft("Leaders **arrive** in Pyongyang.", null, false));
		this.clock.advance(Duration.ofMillis(1));
		Long second = this.live.file(this.story,
				new LiveEntryDraft("서울 reacts: “deep concern” <script>alert(1)</script>", "Seoul reacts", false));
		LiveCoverage coverage = this.live.coverage(this.story, null).orElseThrow();
		assertThat(coverage.entries()).extracting(LiveEntryView::id).containsExactly(second, first);
		assertThat(coverage.entries().get(1).bodyHtml())
			.isEqualTo("<p>Leaders <strong>arrive</strong> in Pyongyang.</p>\n");
		assertThat(coverage.entries().get(0).bodyHtml()).contains("서울 reacts: “deep concern”").doesNotContain("script");
		assertThat(coverage.entries().get(1).postedAt()).isEqualTo(MutableClock.START);
		assertThat(coverage.entries().get(0).authorName()).isEqualTo("Editora Núñez");
		assertThat(coverage.keyEvents()).extracting(LiveEntryView::keyTitle).containsExactly("Seoul reacts");
		assertThat(coverage.live()).isTrue();
		assertThat(coverage.lastSeq()).isEqualTo(coverage.entries().get(0).seq());
	}

	@Test
	void editShowsUpdatedTimeAndDeletionLeavesNoTraceForReaders() {
		Long entry = this.live.file(this.story, new LiveEntryDraft("Talks start at 10:00.", null, false));
		long filed = this.live.lastSeq(this.story).orElseThrow();
		this.clock.advance(Duration.ofMinutes(52));
		this.live.edit(entry, new LiveEntryDraft("Talks start at 10:30.", "Talks start", false));
		LiveEntryView edited = this.live.coverage(this.story, null).orElseThrow().entries().get(0);
		assertThat(edited.bodyMarkdown()).isEqualTo("Talks start at 10:30.");
		assertThat(edited.updatedAt()).isEqualTo(MutableClock.START.plus(Duration.ofMinutes(52)));
		assertThat(edited.postedAt()).isEqualTo(MutableClock.START);
		assertThat(edited.seq()).isGreaterThan(filed);
		this.live.delete(entry);
		LiveCoverage coverage = this.live.coverage(this.story, null).orElseThrow();
		assertThat(coverage.entries()).isEmpty();
		assertThat(coverage.keyEvents()).isEmpty();
		LiveUpdates updates = this.live.updatesAfter(this.story, filed, 10);
		assertThat(updates.entries()).singleElement().satisfies((gone) -> {
			assertThat(gone.deleted()).isTrue();
			assertThat(gone.bodyHtml()).isEmpty();
			assertThat(gone.bodyMarkdown()).isEmpty();
		});
		assertThatExceptionOfType(LiveNotFoundException.class)
			.isThrownBy(() -> this.live.edit(entry, new LiveEntryDraft("Back?", null, false)));
	}

	@Test
	void onePinnedEntryStaysOnTop() {
		Long first = this.live.file(this.story, new LiveEntryDraft("Pinned summary.", null, true));
		this.clock.advance(Duration.ofSeconds(1));
		Long second = this.live.file(this.story, new LiveEntryDraft("Newer summary.", null, true));
		this.clock.advance(Duration.ofSeconds(1));
		Long third = this.live.file(this.story, new LiveEntryDraft("Ordinary entry.", null, false));
		LiveCoverage coverage = this.live.coverage(this.story, null).orElseThrow();
		assertThat(coverage.pinned().id()).isEqualTo(second);
		assertThat(coverage.entries()).extracting(LiveEntryView::id).containsExactly(third, first);
		long before = coverage.lastSeq();
		assertThat(this.live.updatesAfter(this.story, 0, 50).entries()).extracting(LiveEntryView::id)
			.containsExactly(first, second, third);
		assertThat(before).isEqualTo(this.live.updatesAfter(this.story, 0, 50).lastSeq());
	}

	@Test
	void olderEntriesArePagedByTheEntryAbove() {
		for (int i = 1; i <= 23; i++) {
			this.live.file(this.story, new LiveEntryDraft("Entry número " + i, null, false));
			this.clock.advance(Duration.ofMillis(1));
		}
		LiveCoverage first = this.live.coverage(this.story, null).orElseThrow();
		assertThat(first.entries()).hasSize(20);
		assertThat(first.entries().get(0).bodyMarkdown()).isEqualTo("Entry número 23");
		assertThat(first.olderThan()).isEqualTo(first.entries().get(19).id());
		LiveCoverage older = this.live.coverage(this.story, first.olderThan()).orElseThrow();
		assertThat(older.entries()).extracting(LiveEntryView::bodyMarkdown)
			.containsExactly("Entry número 3", "Entry número 2", "Entry número 1");
		assertThat(older.olderThan()).isNull();
		assertThat(older.firstPage()).isFalse();
		Long oldest = older.entries().get(2).id();
		LiveEntryPlace place = this.live.place(oldest).orElseThrow();
		assertThat(place.anchor()).isEqualTo("entry-" + oldest);
		LiveCoverage opened = this.live.coverage(this.story, place.olderThan()).orElseThrow();
		assertThat(opened.entries()).extracting(LiveEntryView::id).contains(oldest);
		assertThat(this.live.place(first.entries().get(0).id()).orElseThrow().olderThan()).isNull();
	}

	@Test
	void rolesDecideWhoFilesEditsAndEndsCoverage() {
		Long editors = this.live.file(this.story, new LiveEntryDraft("By the editor.", null, false));
		this.actor.actAs(5, "Contribuidor", Role.CONTRIBUTOR);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.live.file(this.story, new LiveEntryDraft("Not allowed.", null, false)));
		this.actor.actAs(6, "Autora Ñ", Role.AUTHOR);
		Long own = this.live.file(this.story, new LiveEntryDraft("By the author.", null, false));
		this.live.edit(own, new LiveEntryDraft("By the author, edited.", null, false));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.live.edit(editors, new LiveEntryDraft("Hijacked.", null, false)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.live.delete(editors));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.live.end(this.story));
		this.actor.clear();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.live.file(this.story, new LiveEntryDraft("Anonymous.", null, false)));
	}

	@Test
	void endingCoverageStopsFilingAndKeepsTheEntries() {
		this.live.file(this.story, new LiveEntryDraft("Last word.", null, false));
		this.clock.advance(Duration.ofHours(8));
		this.live.end(this.story);
		LiveCoverage coverage = this.live.coverage(this.story, null).orElseThrow();
		assertThat(coverage.live()).isFalse();
		assertThat(coverage.endedAt()).isEqualTo(MutableClock.START.plus(Duration.ofHours(8)));
		assertThat(coverage.entries()).hasSize(1);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.live.file(this.story, new LiveEntryDraft("Too late.", null, false)));
		assertThat(this.live.updatesAfter(this.story, 0, 10).endedAt()).isNotNull();
	}

	@Test
	void anEntryCanCarryAnyBylineAndKeepsItWhenEdited() {
		String slug = this.data.author(TestData.unique("Lucía Fernández-Ñ"));
		String name = this.authors.bySlug(slug).name();
		Long entry = this.live.file(this.story,
				new LiveEntryDraft("Seúl responde — «preocupación»", null, false, "  " + slug + " "));
		LiveEntryView filed = this.live.entry(entry);
		assertThat(filed.authorName()).isEqualTo(name);
		assertThat(filed.authorSlug()).isEqualTo(slug);
		assertThat(filed.authorUrl()).isEqualTo("/authors/" + slug);

		this.clock.advance(Duration.ofMillis(250));
		this.live.edit(entry, new LiveEntryDraft("Seúl responde — «honda preocupación»", null, false, ""));
		assertThat(this.live.entry(entry).authorName()).as("an edit without a byline keeps the credit").isEqualTo(name);

		Long own = this.live.file(this.story, new LiveEntryDraft("Sin firma elegida.", null, false, null));
		assertThat(this.live.entry(own).authorName()).isEqualTo("Editora Núñez");
		assertThat(this.live.entry(own).authorSlug()).isNull();

		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.live.file(this.story, new LiveEntryDraft("Firma falsa", null, false, "nadie-🙈")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("byline"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.live.edit(entry, new LiveEntryDraft("Firma falsa", null, false, "nadie-🙈")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("byline"));
		assertThat(this.live.entry(entry).authorName()).as("a refused edit changes nothing").isEqualTo(name);
	}

	@Test
	void refusesEmptyAndOverlongInputByField() {
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.live.file(this.story, new LiveEntryDraft("   ", null, false)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("body"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.live.file(this.story, new LiveEntryDraft("Ok", "x".repeat(121), false)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("keyTitle"));
	}

	@Test
	void everyWriteNamesTheStoryForCachesAndIsAudited() {
		Long entry = this.live.file(this.story, new LiveEntryDraft("Filed.", null, false));
		this.live.edit(entry, new LiveEntryDraft("Edited.", null, false));
		this.live.delete(entry);
		assertThat(this.events.stream(LiveChanged.class)).extracting(LiveChanged::action)
			.containsExactly("live.start", "live.entry.file", "live.entry.edit", "live.entry.delete");
		assertThat(this.events.stream(LiveChanged.class)).allSatisfy((event) -> {
			assertThat(event.actor().displayName()).isEqualTo("Editora Núñez");
			assertThat(event.articleId()).isEqualTo(this.story);
		});
		List<ContentChanged> changes = this.events.stream(ContentChanged.class)
			.filter((change) -> change.touches(ContentKeys.article(this.story)))
			.toList();
		assertThat(changes).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy((change) -> assertThat(change.touches(ContentKeys.card(this.story))).isTrue());
	}

	@Test
	void numbersOfWritesRiseInTheOrderOfFiling() {
		long last = this.live.lastSeq(this.story).orElseThrow();
		Instant at = this.clock.instant();
		for (int i = 0; i < 5; i++) {
			this.live.file(this.story, new LiveEntryDraft("Same instant " + i, null, false));
		}
		List<LiveEntryView> written = this.live.updatesAfter(this.story, last, 10).entries();
		assertThat(written).extracting(LiveEntryView::seq).isSorted().doesNotHaveDuplicates().hasSize(5);
		assertThat(written).allSatisfy((entry) -> assertThat(entry.postedAt()).isEqualTo(at));
		assertThat(this.live.coverage(this.story, null).orElseThrow().entries()).extracting(LiveEntryView::bodyMarkdown)
			.startsWith("Same instant 4");
	}

}
