package news.dateline.article;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.dateline.article.internal.Article;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
@RecordApplicationEvents
class CorrectionServiceTests extends NewsroomTests {

	@Autowired
	CorrectionService corrections;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationEvents events;

	private Long published(String headline) {
		Long id = this.editorial.create(this.newsroom.complete(headline));
		this.editorial.publish(id);
		return id;
	}

	private ArticleView page(Long id) {
		this.entityManager.flush();
		this.entityManager.clear();
		String slug = this.entityManager.find(Article.class, id).getSlug();
		return ((ArticleLookup.Found) this.articles.lookup(slug)).article();
	}

	@Test
	void correctionShowsOnTheArticleAndMarksItUpdated() {
		Long id = published("Pact alarms Seoul");
		assertThat(page(id).showUpdated()).isFalse();
		this.clock.advance(Duration.ofMinutes(10));
		Long entry = this.corrections.add(id, CorrectionKind.CORRECTION,
				" An earlier version misstated the day the pact was signed. ");
		ArticleView page = page(id);
		assertThat(page.corrections()).containsExactly(new CorrectionView(entry, CorrectionKind.CORRECTION,
				"An earlier version misstated the day the pact was signed.",
				MutableClock.START.plus(Duration.ofMinutes(10))));
		assertThat(page.updatedAt()).isEqualTo(MutableClock.START.plus(Duration.ofMinutes(10)));
		assertThat(page.showUpdated()).isTrue();
		assertThat(this.events.stream(CorrectionAdded.class)).singleElement()
			.satisfies((event) -> assertThat(event.kind()).isEqualTo(CorrectionKind.CORRECTION));
	}

	@Test
	void correctionDoesNotOutdateAnEditorsOpenForm() {
		Long id = published("Pact alarms Seoul");
		ArticleEdit open = this.editorial.editor(id).edit();
		this.corrections.add(id, CorrectionKind.UPDATE, "Adds reaction from Tokyo.");
		this.editorial.update(id, Newsroom.withBody(open, "Body with Tokyo's reaction.", open.version()));
		assertThat(page(id).bodyHtml()).contains("Tokyo");
	}

	@Test
	void onlyEditorsCorrectAndOnlyPublishedStories() {
		Long draft = this.editorial.create(this.newsroom.complete("Draft"));
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.corrections.add(draft, CorrectionKind.CORRECTION, "Too early."));
		this.newsroom.author();
		Long own = this.editorial.create(this.newsroom.complete("Author's story"));
		this.editorial.publish(own);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.corrections.add(own, CorrectionKind.CORRECTION, "Not allowed."));
		this.newsroom.contributor();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.corrections.add(own, CorrectionKind.EDITORS_NOTE, "Not allowed."));
		assertThat(page(own).corrections()).isEmpty();
	}

	@Test
	void publicLogListsEntriesOnLiveStoriesNewestFirstByPage() {
		Long first = published("First story");
		Long second = published("Second story");
		Long pulled = published("Pulled story");
		for (int i = 0; i < 14; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			this.corrections.add((i % 2 == 0) ? first : second, CorrectionKind.values()[i % 4], "Entry " + i);
		}
		this.corrections.add(pulled, CorrectionKind.CORRECTION, "On a story taken down later");
		this.editorial.unpublish(pulled);
		CorrectionPage page = this.corrections.page(null);
		assertThat(page.entries()).hasSize(12);
		assertThat(page.entries().get(0).note()).isEqualTo("Entry 13");
		assertThat(page.entries().get(0).articleHeadline()).isEqualTo("Second story");
		assertThat(page.entries().get(0).url()).startsWith("/articles/second-story#correction-");
		assertThat(page.entries()).extracting(CorrectionEntry::note).doesNotContain("On a story taken down later");
		CorrectionPage older = this.corrections.page(page.olderCursor());
		// older entries of stories other tests filed may follow on the shared database
		assertThat(older.entries()).extracting(CorrectionEntry::note).startsWith("Entry 1", "Entry 0");
		assertThat(this.corrections.page("not-a-cursor").entries()).isEqualTo(page.entries());
	}

}
