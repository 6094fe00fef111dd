package news.dateline.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Real, committed transactions: two editors, or two nodes, at the same moment (exactly
 * one wins), and a save of the editor's form together with a workflow move (both or
 * neither). These tests commit, so they remove what they made.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class EditorialConcurrencyTests extends NewsroomTests {

	@Autowired
	JdbcClient jdbc;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeWhatWasCommitted() {
		for (Long id : this.made) {
			this.jdbc.sql("delete from article where id = ?").param(id).update();
		}
		this.jdbc.sql(
				"delete from tag where slug in ('north-korea', 'pacts') and id not in (select tag_id from article_tag)")
			.update();
		this.jdbc.sql("delete from author where slug in (?, ?)")
			.params(this.newsroom.tarun, this.newsroom.mina)
			.update();
		this.jdbc.sql("delete from source where slug in (?, ?)")
			.params(this.newsroom.staff, this.newsroom.wire)
			.update();
		this.jdbc.sql("delete from section where slug = ?").param(this.newsroom.world.slug()).update();
	}

	private Long story(String headline) {
		Long id = this.editorial.create(this.newsroom.complete(headline));
		this.made.add(id);
		return id;
	}

	/**
	 * Runs both tasks at once (released together by a latch) and returns how each ended.
	 */
	private static List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<Object> task : List.of(first, second)) {
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return task.call();
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(30, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void twoEditorsSavingTheSameVersionAtOnceOneWinsAndTheOtherIsTold() throws Exception {
		Long id = story("Pact alarms Seoul");
		ArticleEdit open = this.editorial.editor(id).edit();
		List<Object> outcomes = race(() -> {
			this.editorial.update(id, Newsroom.withBody(open, "Version A", open.version()));
			return "A";
		}, () -> {
			this.editorial.update(id, Newsroom.withBody(open, "Version B", open.version()));
			return "B";
		});
		assertThat(outcomes).filteredOn(ArticleConflictException.class::isInstance).hasSize(1);
		Object winner = outcomes.stream().filter(String.class::isInstance).findFirst().orElseThrow();
		assertThat(this.editorial.editor(id).edit().body()).isEqualTo("Version " + winner);
		assertThat(this.jdbc.sql("select count(*) from article_revision where article_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void twoNodesReleasingAtOnceReleaseEachStoryOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Long id = story("Scheduled " + i);
			this.editorial.schedule(id, this.clock.instant().plus(Duration.ofMinutes(i + 1)));
			ids.add(id);
		}
		this.clock.advance(Duration.ofHours(1));
		List<Object> released = race(this.editorial::releaseDue, this.editorial::releaseDue);
		assertThat(released).allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(Integer.class));
		assertThat(released.stream().mapToInt(Integer.class::cast).sum()).isEqualTo(ids.size());
		for (Long id : ids) {
			assertThat(this.editorial.editor(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
		}
		assertThat(this.editorial.editor(ids.get(0)).publishedAt())
			.isEqualTo(MutableClock.START.plus(Duration.ofMinutes(1)));
	}

	private long revisions(Long id) {
		return this.jdbc.sql("select count(*) from article_revision where article_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	@Test
	void publishingWithAChangedDeckPublishesTheNewDeck() {
		Long id = story("Border crossings reopen");
		ArticleEdit open = this.editorial.editor(id).edit();
		this.editorial.saveAndMove(id, Newsroom.withDeck(open, "Queues form at dawn — “finally”.", open.version()),
				new WorkflowMove.Publish());
		ArticleEditor after = this.editorial.editor(id);
		assertThat(after.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(after.edit().deck()).isEqualTo("Queues form at dawn — “finally”.");
		assertThat(revisions(id)).isEqualTo(2);
	}

	@Test
	void aFormThatSaysWhatIsStoredIsNotSavedAgain() {
		Long id = story("Border crossings reopen");
		ArticleEdit open = this.editorial.editor(id).edit();
		ArticleEdit asSent = Newsroom.withBody(open, open.body().replace("\n", "\r\n"), open.version() - 1);
		this.editorial.saveAndMove(id, asSent, new WorkflowMove.Submit());
		assertThat(this.editorial.editor(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(revisions(id)).isEqualTo(1);
	}

	@Test
	void aRefusedMoveKeepsTheEditUnsavedToo() {
		this.newsroom.contributor();
		Long id = story("Border crossings reopen");
		ArticleEdit open = this.editorial.editor(id).edit();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editorial.saveAndMove(id,
				Newsroom.withDeck(open, "A contributor's new deck", open.version()), new WorkflowMove.Publish()));
		assertThat(this.editorial.editor(id).edit().deck()).isEqualTo(open.deck());
		assertThat(revisions(id)).isEqualTo(1);
		this.newsroom.editor();
		assertThatExceptionOfType(ChecklistNotMetException.class).isThrownBy(() -> this.editorial.saveAndMove(id,
				Newsroom.withDeck(open, "", open.version()), new WorkflowMove.Publish()));
		assertThat(this.editorial.editor(id).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(this.editorial.editor(id).edit().deck()).isEqualTo(open.deck());
	}

	@Test
	void aChangedFormFromAnOutdatedVersionIsAConflictAndNothingMoves() {
		Long id = story("Border crossings reopen");
		ArticleEdit open = this.editorial.editor(id).edit();
		this.editorial.update(id, Newsroom.withBody(open, "Someone else's body.", open.version()));
		assertThatExceptionOfType(ArticleConflictException.class).isThrownBy(() -> this.editorial.saveAndMove(id,
				Newsroom.withDeck(open, "My deck", open.version()), new WorkflowMove.Publish()));
		ArticleEditor after = this.editorial.editor(id);
		assertThat(after.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(after.edit().body()).isEqualTo("Someone else's body.");
	}

	@Test
	void aNewStoryWhosePublishingIsRefusedIsNotFiledEither() {
		Long before = this.jdbc.sql("select count(*) from article").query(Long.class).single();
		ArticleEdit withoutSource = Newsroom.withDeck(this.newsroom.bare("Ferry strike ends"), "", 0);
		assertThatExceptionOfType(ChecklistNotMetException.class)
			.isThrownBy(() -> this.editorial.createAndMove(withoutSource, new WorkflowMove.Publish()));
		assertThat(this.jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
		Long id = this.editorial.createAndMove(this.newsroom.complete("Ferry strike ends"), new WorkflowMove.Publish());
		this.made.add(id);
		assertThat(this.editorial.editor(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
	}

}
