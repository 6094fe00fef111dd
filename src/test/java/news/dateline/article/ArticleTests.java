package news.dateline.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dateline.article.internal.Article;
import news.dateline.author.Author;
import news.dateline.section.Section;
import news.dateline.source.Source;
import news.dateline.source.SourceKind;
import news.dateline.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleTests {

	MutableClock clock = new MutableClock();

	private Article complete() {
		Article article = new Article("pact", "Pact alarms Seoul", this.clock);
		article.setDeck("Seoul condemns the pact.");
		article.setDateline("Seoul", "South Korea");
		article.setSection(new Section("world", "World", null, 1));
		article.setBylines(List.of(new Author("tarun", "Tarun Kumar", null)));
		article.setSources(List.of(new Source("staff", "Dateline staff", SourceKind.STAFF, null, "{name}")));
		return article;
	}

	@Test
	void movesFromDraftThroughReviewToPublished() {
		Article article = complete();
		article.submitForReview();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
		article.publish(this.clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishedAt()).isEqualTo(MutableClock.START);
		assertThat(article.isLiveAt(this.clock.instant())).isTrue();
	}

	@Test
	void scheduledStoryIsDueOnlyOnceItsTimeHasCome() {
		Article article = complete();
		Instant at = MutableClock.START.plus(Duration.ofHours(2));
		article.schedule(at, this.clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(article.getReleaseAt()).isEqualTo(at);
		assertThat(article.isLiveAt(at.plusSeconds(1))).isFalse();
		assertThat(article.isDueAt(at.minusSeconds(1))).isFalse();
		assertThat(article.isDueAt(at)).isTrue();
	}

	@Test
	void refusesToQueueForATimeThatHasPassed() {
		Article article = complete();
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> article.embargoUntil(MutableClock.START, this.clock))
			.extracting(WorkflowException::messageKey)
			.isEqualTo("article.workflow.time-in-past");
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void refusesAnImportedScheduledOrEmbargoedStoryWithoutAReleaseTime() {
		Instant past = MutableClock.START.minus(Duration.ofDays(1));
		for (ArticleStatus queued : List.of(ArticleStatus.SCHEDULED, ArticleStatus.EMBARGOED)) {
			Article article = complete();
			assertThatExceptionOfType(WorkflowException.class)
				.isThrownBy(() -> article.importedAs(queued, past, null, past, past))
				.extracting(WorkflowException::messageKey)
				.isEqualTo("article.workflow.release-time-required");
			assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		}
	}

	@Test
	void importedScheduledStoryIsDueAtItsReleaseTime() {
		Article article = complete();
		Instant at = MutableClock.START.plus(Duration.ofDays(3));
		article.importedAs(ArticleStatus.SCHEDULED, at, at, MutableClock.START, MutableClock.START);
		assertThat(article.getReleaseAt()).isEqualTo(at);
		assertThat(article.isDueAt(at.minusMillis(1))).isFalse();
		assertThat(article.isDueAt(at)).isTrue();
		article.importedAs(ArticleStatus.PUBLISHED, at, at, MutableClock.START, MutableClock.START);
		assertThat(article.getReleaseAt()).isNull();
	}

	@Test
	void refusesMovesTheStateDoesNotAllow() {
		Article article = complete();
		article.publish(this.clock);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> article.publish(this.clock))
			.extracting(WorkflowException::messageKey)
			.isEqualTo("article.workflow.not-from-published");
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(article::submitForReview);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(article::returnToDraft);
	}

	@Test
	void unpublishingCancelsAQueuedRelease() {
		Article article = complete();
		article.embargoUntil(MutableClock.START.plusSeconds(600), this.clock);
		article.unpublish();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(article.getReleaseAt()).isNull();
		assertThat(article.isDueAt(MutableClock.START.plusSeconds(3600))).isFalse();
	}

	@Test
	void republishingKeepsTheOriginalPublicationTime() {
		Article article = complete();
		article.publish(this.clock);
		article.unpublish();
		this.clock.advance(Duration.ofDays(1));
		article.publish(this.clock);
		assertThat(article.getPublishedAt()).isEqualTo(MutableClock.START);
	}

	@Test
	void checklistIsMetByACompleteStory() {
		assertThat(complete().unmetChecklist()).isEmpty();
	}

	@Test
	void checklistListsEveryMissingItem() {
		Article article = new Article("x", " ", this.clock);
		article.setImage("https://example.org/a.jpg", null, "Caption", null, null);
		assertThat(article.unmetChecklist()).containsExactly(ChecklistItem.HEADLINE, ChecklistItem.DECK,
				ChecklistItem.BYLINE, ChecklistItem.SECTION, ChecklistItem.IMAGE_ALT, ChecklistItem.SOURCE,
				ChecklistItem.DATELINE);
	}

	@Test
	void imageAltTextIsOnlyNeededWithAnImage() {
		Article article = complete();
		article.setImage(null, null, null, null, null);
		assertThat(article.unmetChecklist()).isEmpty();
		article.setImage("https://example.org/a.jpg", "Leaders shake hands", null, null, null);
		assertThat(article.unmetChecklist()).isEmpty();
	}

}
