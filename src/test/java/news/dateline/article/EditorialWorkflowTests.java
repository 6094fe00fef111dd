package news.dateline.article;

import java.time.Duration;
import java.time.Instant;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.dateline.article.internal.Article;
import news.dateline.security.Actor;
import news.dateline.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
@RecordApplicationEvents
class EditorialWorkflowTests extends NewsroomTests {

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationEvents events;

	private ArticleStatus storedStatus(Long id) {
		return stored(id).getStatus();
	}

	@Test
	void contributorWritesOwnDraftAndSubmitsItForReview() {
		Actor carla = this.newsroom.contributor();
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		ArticleEditor editor = this.editorial.editor(id);
		assertThat(editor.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(editor.actions().submit()).isTrue();
		assertThat(editor.actions().publish()).isFalse();
		assertThat(editor.actions().schedule()).isFalse();
		this.editorial.submitForReview(id);
		assertThat(storedStatus(id)).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(this.entityManager.find(Article.class, id).getCreatedBy()).isEqualTo(carla.userId());
		assertThat(this.events.stream(ArticleWorkflowChanged.class)).containsExactly(new ArticleWorkflowChanged(id,
				editor.slug(), ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, null, carla));
	}

	@Test
	void contributorWhoCraftsAPublishOrScheduleIsRefusedAndNothingChanges() {
		this.newsroom.contributor();
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.editorial.submitForReview(id);
		Instant later = this.clock.instant().plus(Duration.ofHours(1));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.publish(id));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.schedule(id, later));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.embargo(id, later));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.unpublish(id));
		assertThat(storedStatus(id)).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(this.entityManager.find(Article.class, id).getReleaseAt()).isNull();
		assertThat(this.events.stream(ArticlePublished.class)).isEmpty();
	}

	@Test
	void contributorMayNotOpenSomeoneElsesStoryNorTheirOwnOnceItIsPublished() {
		this.newsroom.editor();
		Long editors = this.editorial.create(this.newsroom.complete("Editor's story"));
		this.newsroom.contributor();
		Long own = this.editorial.create(this.newsroom.complete("Own story"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.editor(editors));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.editorial.update(editors, this.newsroom.complete("Taken over").withVersion(0L)));
		this.newsroom.editor();
		this.editorial.publish(own);
		this.newsroom.contributor();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.editor(own));
	}

	@Test
	void authorPublishesAndSchedulesOwnStoriesOnly() {
		this.newsroom.author();
		Long own = this.editorial.create(this.newsroom.complete("Author's story"));
		Long scheduled = this.editorial.create(this.newsroom.complete("Author's later story"));
		this.editorial.publish(own);
		this.editorial.schedule(scheduled, this.clock.instant().plus(Duration.ofHours(3)));
		assertThat(storedStatus(own)).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(storedStatus(scheduled)).isEqualTo(ArticleStatus.SCHEDULED);
		this.newsroom.otherAuthor();
		Long theirs = this.editorial.create(this.newsroom.complete("Someone else's story"));
		this.newsroom.author();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.publish(theirs));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.editor(theirs));
		assertThat(storedStatus(theirs)).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void authorMayNotEmbargoUnpublishOrCorrect() {
		this.newsroom.author();
		Long id = this.editorial.create(this.newsroom.complete("Author's story"));
		Instant later = this.clock.instant().plus(Duration.ofHours(1));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.embargo(id, later));
		this.editorial.publish(id);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.unpublish(id));
		assertThat(storedStatus(id)).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void editorReviewsAndMovesAnyStory() {
		this.newsroom.contributor();
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.editorial.submitForReview(id);
		Actor edna = this.newsroom.editor();
		this.editorial.returnToDraft(id);
		assertThat(storedStatus(id)).isEqualTo(ArticleStatus.DRAFT);
		this.editorial.embargo(id, this.clock.instant().plus(Duration.ofHours(2)));
		assertThat(storedStatus(id)).isEqualTo(ArticleStatus.EMBARGOED);
		this.editorial.publish(id);
		assertThat(this.articles.lookup(this.entityManager.find(Article.class, id).getSlug()))
			.isInstanceOf(ArticleLookup.Found.class);
		this.editorial.unpublish(id);
		assertThat(storedStatus(id)).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(this.events.stream(ArticlePublished.class)).singleElement()
			.satisfies((event) -> assertThat(event.actor()).isEqualTo(edna));
		assertThat(this.events.stream(ArticleUnpublished.class)).singleElement()
			.satisfies((event) -> assertThat(event.from()).isEqualTo(ArticleStatus.PUBLISHED));
	}

	@Test
	void administratorMayDoWhatEditorsDo() {
		this.newsroom.contributor();
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.newsroom.administrator();
		this.editorial.embargo(id, this.clock.instant().plus(Duration.ofHours(2)));
		this.editorial.unpublish(id);
		assertThat(storedStatus(id)).isEqualTo(ArticleStatus.UNPUBLISHED);
	}

	@Test
	void nobodySignedInMayDoAnything() {
		this.newsroom.editor();
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.actor.clear();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.publish(id));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.editorial.create(this.newsroom.complete("Anonymous")));
	}

	@Test
	void refusesAMoveTheStoryStateDoesNotAllow() {
		this.newsroom.editor();
		Long id = this.editorial.create(this.newsroom.complete("Pact alarms Seoul"));
		this.editorial.publish(id);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> this.editorial.publish(id))
			.extracting(WorkflowException::messageKey)
			.isEqualTo("article.workflow.not-from-published");
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.editorial.schedule(id, this.clock.instant().plusSeconds(60)));
	}

	@Test
	void dashboardReadsProjectionsInAFixedNumberOfStatements() {
		this.newsroom.editor();
		for (int i = 0; i < 30; i++) {
			this.editorial.create(this.newsroom.complete("Story " + i));
		}
		this.entityManager.flush();
		this.entityManager.clear();
		Statistics statistics = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		statistics.clear();
		this.editorial.dashboard();
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(5);
		assertThat(statistics.getEntityLoadCount()).isZero();
	}

	@Test
	void dashboardShowsMyDraftsTheQueueWhatIsComingAndWhatWentOut() {
		Actor arun = this.newsroom.author();
		Long draft = this.editorial.create(this.newsroom.complete("My draft"));
		Long queued = this.editorial.create(this.newsroom.complete("My queued story"));
		this.editorial.submitForReview(queued);
		this.newsroom.editor();
		Long embargoed = this.editorial.create(this.newsroom.complete("Embargoed story"));
		Instant lift = this.clock.instant().plus(Duration.ofHours(5));
		this.editorial.embargo(embargoed, lift);
		Long published = this.editorial.create(this.newsroom.complete("Published story"));
		this.editorial.publish(published);
		EditorialDashboard board = this.editorial.dashboard();
		assertThat(board.reviewQueue()).extracting(ArticleSummary::id).contains(queued);
		assertThat(board.upcoming()).filteredOn((row) -> row.id().equals(embargoed))
			.singleElement()
			.satisfies((row) -> assertThat(row.releaseAt()).isEqualTo(lift));
		assertThat(board.recentlyPublished()).extracting(ArticleSummary::id).contains(published);
		assertThat(board.myDrafts()).extracting(ArticleSummary::id).doesNotContain(draft);
		this.actor.actAs(arun.userId(), arun.displayName(), arun.role());
		EditorialDashboard mine = this.editorial.dashboard();
		assertThat(mine.myDrafts()).extracting(ArticleSummary::id).containsExactly(draft);
		assertThat(mine.reviewQueue()).extracting(ArticleSummary::id).containsExactly(queued);
		assertThat(mine.upcoming()).isEmpty();
	}

}
