package news.dateline.article;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.dateline.article.internal.Article;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData.Story;
import news.dateline.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Saving stories: the edit itself, slugs and their history, the version guard, the
 * checklist and revisions.
 */
@DatabaseTest
@RecordApplicationEvents
class ArticleEditingTests extends NewsroomTests {

	@Autowired
	RevisionService revisions;

	@Autowired
	ArticleService articles;

	@Autowired
	TagService tags;

	@Autowired
	ApplicationEvents events;

	private ArticleEdit current(Long id) {
		return this.editorial.editor(id).edit();
	}

	@Test
	void keepsTheLineEndsABrowserPostsAsLineFeeds() {
		ArticleEdit posted = this.newsroom.complete("Cumbre en Seúl — «sí»");
		Long id = this.editorial.create(new ArticleEdit(posted.headline(), "Primera línea\r\nsegunda", "Seúl",
				posted.datelineCountry(), "Párrafo uno.\r\n\r\n서울 반응 🇰🇷.", posted.sectionSlug(), posted.tags(),
				posted.bylines(), posted.sources(), "", "", "", "", "", "", "", true, null));
		Article article = stored(id);
		assertThat(article.getDeck()).isEqualTo("Primera línea\nsegunda");
		assertThat(article.getBodyMarkdown()).isEqualTo("Párrafo uno.\n\n서울 반응 🇰🇷.");
	}

	@Test
	void filesEverythingTheEditorWrote() {
		ArticleEdit edit = new ArticleEdit("  Pact alarms Seoul ", "Seoul condemns the pact.", "Seoul", "South Korea",
				"South Korea on **Thursday** condemned the pact.<script>alert(1)</script>", this.newsroom.world.slug(),
				"Summit talks, Pyongyang, summit Talks, ", List.of(this.newsroom.mina, this.newsroom.tarun),
				List.of(this.newsroom.wire, this.newsroom.staff), "", "Seoul alarmed", "What the pact means",
				"https://example.org/pact.jpg", "Leaders shake hands", "The signing", "AP Photo", false, null);
		Long id = this.editorial.create(edit);
		Article article = stored(id);
		assertThat(article.getHeadline()).isEqualTo("Pact alarms Seoul");
		assertThat(article.getSlug()).isEqualTo("pact-alarms-seoul");
		assertThat(article.getBodyHtml()).isEqualTo(
				"<p><span class=\"dateline\">SEOUL.-</span> South Korea on <strong>Thursday</strong> condemned the pact.</p>\n");
		assertThat(article.getBylines()).extracting("slug").containsExactly(this.newsroom.mina, this.newsroom.tarun);
		assertThat(article.getSources()).extracting("slug").containsExactly(this.newsroom.wire, this.newsroom.staff);
		assertThat(article.getTags()).extracting("slug").containsExactlyInAnyOrder("summit-talks", "pyongyang");
		assertThat(article.getImage().alt()).isEqualTo("Leaders shake hands");
		assertThat(article.getSeoTitle()).isEqualTo("Seoul alarmed");
		assertThat(article.isCommentsOpen()).isFalse();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		ArticleEdit back = current(id);
		assertThat(back.tags()).isEqualTo("Pyongyang, Summit talks");
		assertThat(back.version()).isEqualTo(article.getVersion());
		assertThat(this.events.stream(ArticleUpdated.class)).singleElement()
			.satisfies((event) -> assertThat(event.action()).isEqualTo("article.create"));
	}

	@Test
	void refusesReferencesThatDoNotResolveForTheirField() {
		ArticleEdit edit = this.newsroom.complete("Pact");
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.editorial.create(new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(),
					edit.datelineCountry(), edit.body(), "no-such-section", edit.tags(), edit.bylines(), edit.sources(),
					"", "", "", "", "", "", "", true, null)))
			.extracting(ArticleRejectedException::field)
			.isEqualTo("sectionSlug");
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.editorial.create(new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(),
					edit.datelineCountry(), edit.body(), edit.sectionSlug(), edit.tags(), List.of("nobody"),
					edit.sources(), "", "", "", "", "", "", "", true, null)))
			.extracting(ArticleRejectedException::field)
			.isEqualTo("bylines");
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.editorial.create(new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(),
					edit.datelineCountry(), edit.body(), edit.sectionSlug(), "x".repeat(61), edit.bylines(),
					edit.sources(), "", "", "", "", "", "", "", true, null)))
			.extracting(ArticleRejectedException::messageKey)
			.isEqualTo("article.tags.invalid");
	}

	@Test
	void aRefusedEditOfALiveStoryChangesNothingNotEvenInTheOpenTransaction() {
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.editorial.publish(id);
		Article before = stored(id);
		ArticleEdit edit = current(id);
		ArticleEdit withoutDeck = new ArticleEdit("A new headline", "", edit.datelineCity(), edit.datelineCountry(),
				"A new body.", edit.sectionSlug(), "brand new tag", edit.bylines(), edit.sources(), "a-new-slug", "",
				"", "", "", "", "", true, before.getVersion());
		this.events.clear();
		assertThatExceptionOfType(ChecklistNotMetException.class)
			.isThrownBy(() -> this.editorial.update(id, withoutDeck))
			.satisfies((ex) -> assertThat(ex.unmet()).containsExactly(ChecklistItem.DECK));
		// what this transaction holds, before anything is flushed or cleared
		Article managed = this.entityManager.find(Article.class, id);
		assertThat(managed.getHeadline()).isEqualTo("Pact alarms Seoul");
		assertThat(managed.getSlug()).isEqualTo(before.getSlug());
		assertThat(managed.getBodyMarkdown()).isEqualTo(before.getBodyMarkdown());
		assertThat(
				this.entityManager.createQuery("select count(t) from Tag t where t.slug = 'brand-new-tag'", Long.class)
					.getSingleResult())
			.isZero();
		Article after = stored(id);
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getDeck()).isEqualTo(before.getDeck());
		assertThat(this.events.stream(ArticleUpdated.class)).isEmpty();
	}

	@Test
	void makesSlugsUniqueAndRefusesOneAnotherStoryUses() {
		Long first = this.editorial.create(this.newsroom.complete("Same headline"));
		Long second = this.editorial.create(this.newsroom.complete("Same headline"));
		assertThat(stored(first).getSlug()).isEqualTo("same-headline");
		assertThat(stored(second).getSlug()).isEqualTo("same-headline-2");
		ArticleEdit taken = Newsroom.withSlug(current(second), "same-headline", stored(second).getVersion());
		assertThatExceptionOfType(ArticleRejectedException.class).isThrownBy(() -> this.editorial.update(second, taken))
			.extracting(ArticleRejectedException::messageKey)
			.isEqualTo("article.slug.taken");
	}

	@Test
	void changedSlugOfAPublishedStoryKeepsTheOldAddressAnswering301() {
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.editorial.publish(id);
		Article article = stored(id);
		this.editorial.update(id, Newsroom.withSlug(current(id), "pact-alarms-seoul-and-tokyo", article.getVersion()));
		assertThat(this.articles.lookup("pact-alarms-seoul"))
			.isEqualTo(new ArticleLookup.MovedTo("pact-alarms-seoul-and-tokyo"));
		assertThat(this.articles.lookup("pact-alarms-seoul-and-tokyo")).isInstanceOf(ArticleLookup.Found.class);
		this.editorial.update(id, Newsroom.withSlug(current(id), "pact-alarms-seoul", stored(id).getVersion()));
		assertThat(this.articles.lookup("pact-alarms-seoul")).isInstanceOf(ArticleLookup.Found.class);
		assertThat(this.articles.lookup("pact-alarms-seoul-and-tokyo"))
			.isEqualTo(new ArticleLookup.MovedTo("pact-alarms-seoul"));
	}

	@Test
	void draftThatWasNeverPublicLeavesNoOldAddressBehind() {
		Long id = this.editorial.create(this.newsroom.complete("Working title"));
		this.editorial.update(id, Newsroom.withSlug(current(id), "final-title", stored(id).getVersion()));
		this.editorial.publish(id);
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> this.articles.lookup("working-title"));
	}

	@Test
	void secondSaveFromTheSameVersionIsRefusedAndOverwritesNothing() {
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		long version = stored(id).getVersion();
		ArticleEdit mine = current(id);
		this.editorial.update(id, Newsroom.withBody(mine, "First editor's body.", version));
		assertThatExceptionOfType(ArticleConflictException.class)
			.isThrownBy(() -> this.editorial.update(id, Newsroom.withBody(mine, "Second editor's body.", version)));
		Article article = stored(id);
		assertThat(article.getBodyMarkdown()).isEqualTo("First editor's body.");
		assertThat(article.getVersion()).isGreaterThan(version);
		ArticleConflict conflict = this.editorial.conflict(id,
				Newsroom.withBody(mine, "Second editor's body.", version));
		assertThat(conflict.current().body()).isEqualTo("First editor's body.");
		assertThat(conflict.merge().body()).isEqualTo("Second editor's body.");
		this.editorial.update(id, conflict.merge());
		assertThat(stored(id).getBodyMarkdown()).isEqualTo("Second editor's body.");
	}

	@Test
	void publishingDoesNotOutdateAnEditorsOpenForm() {
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		ArticleEdit open = current(id);
		this.editorial.publish(id);
		this.editorial.update(id, Newsroom.withBody(open, "Edited after publication.", open.version()));
		assertThat(stored(id).getBodyMarkdown()).isEqualTo("Edited after publication.");
	}

	@Test
	void checklistBlocksPublishingSchedulingAndEmbargoUntilMet() {
		Long id = this.editorial.create(this.newsroom.bare("Half-written"));
		assertThat(this.editorial.editor(id).unmet()).containsExactly(ChecklistItem.DECK, ChecklistItem.SECTION,
				ChecklistItem.SOURCE, ChecklistItem.DATELINE);
		assertThatExceptionOfType(ChecklistNotMetException.class).isThrownBy(() -> this.editorial.publish(id))
			.satisfies((ex) -> assertThat(ex.unmet()).contains(ChecklistItem.DECK, ChecklistItem.SOURCE));
		assertThatExceptionOfType(ChecklistNotMetException.class)
			.isThrownBy(() -> this.editorial.schedule(id, this.clock.instant().plusSeconds(600)));
		assertThatExceptionOfType(ChecklistNotMetException.class)
			.isThrownBy(() -> this.editorial.embargo(id, this.clock.instant().plusSeconds(600)));
		assertThat(stored(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		ArticleEdit complete = this.newsroom.complete("Half-written").withVersion(stored(id).getVersion());
		this.editorial.update(id, complete);
		this.editorial.publish(id);
		assertThat(stored(id).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void featuredImageNeedsAltTextAndTheStaffDeskCountsAsASource() {
		ArticleEdit edit = this.newsroom.complete("Pictured");
		Long id = this.editorial.create(new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(),
				edit.datelineCountry(), edit.body(), edit.sectionSlug(), edit.tags(), edit.bylines(),
				List.of(this.newsroom.staff), "", "", "", "https://example.org/a.jpg", "", "", "", true, null));
		assertThat(this.editorial.editor(id).unmet()).containsExactly(ChecklistItem.IMAGE_ALT);
		assertThatExceptionOfType(ChecklistNotMetException.class).isThrownBy(() -> this.editorial.publish(id));
	}

	@Test
	void liveStoryCannotBeSavedWithoutWhatTheChecklistNeeds() {
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.editorial.publish(id);
		ArticleEdit withoutDeck = this.newsroom.bare("Pact alarms Seoul").withVersion(stored(id).getVersion());
		assertThatExceptionOfType(ChecklistNotMetException.class)
			.isThrownBy(() -> this.editorial.update(id, withoutDeck));
	}

	@Test
	void previewRendersTheUnsavedEditAndSavesNothing() {
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		long version = stored(id).getVersion();
		ArticleEdit changed = Newsroom.withBody(current(id), "An *unsaved* paragraph.", version);
		ArticlePreview preview = this.editorial.preview(id,
				new ArticleEdit("Unsaved headline", changed.deck(), changed.datelineCity(), changed.datelineCountry(),
						changed.body(), changed.sectionSlug(), "Brand new tag", changed.bylines(), changed.sources(),
						changed.slug(), "", "", "", "", "", "", true, version));
		assertThat(preview.article().headline()).isEqualTo("Unsaved headline");
		assertThat(preview.article().bodyHtml()).contains("<em>unsaved</em>")
			.startsWith("<p><span class=\"dateline\">");
		assertThat(preview.article().tags()).extracting("name").containsExactly("Brand new tag");
		assertThat(preview.status()).isEqualTo(ArticleStatus.DRAFT);
		Article article = stored(id);
		assertThat(article.getHeadline()).isEqualTo("Pact alarms Seoul");
		assertThat(article.getVersion()).isEqualTo(version);
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.tags.bySlug("brand-new-tag"));
		assertThat(this.editorial.preview(null, this.newsroom.complete("Never saved")).article().slug())
			.isEqualTo("never-saved");
	}

	@Test
	void everySaveIsARevisionAndTheDiffIsWordByWord() {
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.clock.advance(Duration.ofMinutes(5));
		this.editorial.update(id,
				Newsroom.withBody(current(id), "The pact was signed on Tuesday.", stored(id).getVersion()));
		this.clock.advance(Duration.ofMinutes(5));
		this.editorial.update(id, Newsroom.withBody(current(id), "The pact was signed on Wednesday in Pyongyang.",
				stored(id).getVersion()));
		RevisionHistory history = this.revisions.history(id);
		assertThat(history.revisions()).extracting(RevisionSummary::number).containsExactly(3, 2, 1);
		assertThat(history.revisions().get(0).savedByName()).isEqualTo("Edna Editor");
		assertThat(history.revisions().get(0).savedAt()).isEqualTo(MutableClock.START.plus(Duration.ofMinutes(10)));
		RevisionDiff diff = this.revisions.diff(id, 2, 3);
		assertThat(diff.body()).containsExactly(
				new DiffSegment(DiffSegment.Change.UNCHANGED, "The pact was signed on "),
				new DiffSegment(DiffSegment.Change.DELETED, "Tuesday"),
				new DiffSegment(DiffSegment.Change.INSERTED, "Wednesday in Pyongyang"),
				new DiffSegment(DiffSegment.Change.UNCHANGED, "."));
		assertThat(diff.headline()).containsExactly(new DiffSegment(DiffSegment.Change.UNCHANGED, "Pact alarms Seoul"));
	}

	@Test
	void restoringARevisionIsItselfANewRevision() {
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		String original = stored(id).getBodyMarkdown();
		this.editorial.update(id, Newsroom.withBody(current(id), "A worse body.", stored(id).getVersion()));
		this.editorial.restore(id, 1, stored(id).getVersion());
		Article article = stored(id);
		assertThat(article.getBodyMarkdown()).isEqualTo(original);
		assertThat(article.getBodyHtml()).startsWith("<p><span class=\"dateline\">SEOUL.-</span> First paragraph");
		assertThat(this.revisions.history(id).revisions()).extracting(RevisionSummary::number).containsExactly(3, 2, 1);
		assertThat(this.revisions.diff(id, 1, 3).body()).extracting(DiffSegment::change)
			.containsOnly(DiffSegment.Change.UNCHANGED);
		assertThatExceptionOfType(ArticleConflictException.class)
			.isThrownBy(() -> this.editorial.restore(id, 2, article.getVersion() - 1));
	}

	@Test
	void importedStoryKeepsItsOriginalTextAsTheFirstRevision() {
		Story imported = this.data.story("Imported story", this.newsroom.world, this.newsroom.tarun,
				Duration.ofHours(1));
		long version = current(imported.id()).version();
		this.editorial.update(imported.id(),
				Newsroom.withBody(this.newsroom.complete("Imported story"), "Rewritten.", version));
		RevisionHistory history = this.revisions.history(imported.id());
		assertThat(history.revisions()).extracting(RevisionSummary::savedByName).containsExactly("Edna Editor", null);
		assertThat(this.revisions.diff(imported.id(), 1, 2).body()).extracting(DiffSegment::change)
			.contains(DiffSegment.Change.DELETED, DiffSegment.Change.INSERTED);
	}

}
