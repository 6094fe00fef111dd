package news.dateline.article;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.article.internal.Article;
import news.dateline.security.Actor;
import news.dateline.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class AutosaveServiceTests extends NewsroomTests {

	@Autowired
	AutosaveService autosaves;

	@Autowired
	JdbcClient jdbc;

	private long revisions(Long id) {
		return this.jdbc.sql("select count(*) from article_revision where article_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	@Test
	void anAutosaveOfALiveStoryKeepsTheTextAsideWithoutARevisionAndIsOfferedBack() {
		Long id = this.editorial.create(this.newsroom.complete("Border crossings reopen"));
		this.editorial.publish(id);
		ArticleEdit open = this.editorial.editor(id).edit();
		this.clock.advance(Duration.ofMillis(1500));
		AutosaveOutcome outcome = this.autosaves.autosave(id,
				Newsroom.withBody(open, "Lorries queue for 12 km — « enfin ».\r\n\r\n굳은 표정의 운전자들.", open.version()));
		assertThat(outcome.savedAt()).isEqualTo(this.clock.instant());
		assertThat(outcome.locked()).isFalse();
		Article stored = stored(id);
		assertThat(stored.getBodyMarkdown()).isEqualTo(open.body());
		assertThat(stored.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(revisions(id)).isEqualTo(1);
		Autosave pending = this.autosaves.pending(id).orElseThrow();
		assertThat(pending.body()).isEqualTo("Lorries queue for 12 km — « enfin ».\r\n\r\n굳은 표정의 운전자들.");
		assertThat(pending.over(open).version()).isEqualTo(open.version());
		assertThat(pending.over(open).bylines()).isEqualTo(open.bylines());
	}

	@Test
	void savingTheStoryForgetsTheSaversAutosave() {
		Long id = this.editorial.create(this.newsroom.complete("Border crossings reopen"));
		ArticleEdit open = this.editorial.editor(id).edit();
		this.clock.advance(Duration.ofSeconds(2));
		this.autosaves.autosave(id, Newsroom.withBody(open, "Draft in progress", open.version()));
		assertThat(this.autosaves.pending(id)).isPresent();
		this.editorial.update(id, Newsroom.withBody(open, "Draft in progress", open.version()));
		assertThat(this.autosaves.pending(id)).isEmpty();
	}

	@Test
	void anAutosaveThatSaysWhatIsStoredIsNotOffered() {
		Long id = this.editorial.create(this.newsroom.complete("Border crossings reopen"));
		ArticleEdit open = this.editorial.editor(id).edit();
		this.clock.advance(Duration.ofSeconds(2));
		this.autosaves.autosave(id, open);
		assertThat(this.autosaves.pending(id)).isEmpty();
	}

	@Test
	void aSecondEditorSeesWhoIsEditingAndMayTakeOverThenTheFirstIsRefused() {
		Long id = this.editorial.create(this.newsroom.complete("Border crossings reopen"));
		ArticleEdit open = this.editorial.editor(id).edit();
		this.autosaves.heartbeat(id);
		this.clock.advance(Duration.ofSeconds(30));
		Actor ada = this.newsroom.administrator();
		assertThat(this.autosaves.heldByOther(id)).hasValueSatisfying((lock) -> {
			assertThat(lock.userName()).isEqualTo("Edna Editor");
			assertThat(lock.since()).isEqualTo(this.clock.instant().minusSeconds(30));
		});
		AutosaveOutcome refused = this.autosaves.autosave(id, open);
		assertThat(refused.locked()).isTrue();
		assertThat(refused.heldBy().userName()).isEqualTo("Edna Editor");
		assertThat(this.autosaves.pending(id)).isEmpty();

		this.autosaves.takeOver(id);
		assertThat(this.autosaves.heldByOther(id)).isEmpty();
		this.newsroom.editor();
		AutosaveOutcome told = this.autosaves.autosave(id, Newsroom.withBody(open, "Edna's text", open.version()));
		assertThat(told.locked()).isTrue();
		assertThat(told.heldBy().userName()).isEqualTo(ada.displayName());
		assertThat(told.heldBy().since()).isEqualTo(this.clock.instant());
	}

	@Test
	void aLockWithoutHeartbeatsForTwoMinutesIsFree() {
		Long id = this.editorial.create(this.newsroom.complete("Border crossings reopen"));
		this.autosaves.heartbeat(id);
		this.newsroom.administrator();
		this.clock.advance(AutosaveService.LOCK_TTL.minusSeconds(1));
		assertThat(this.autosaves.heartbeat(id).locked()).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.autosaves.heldByOther(id)).isEmpty();
		assertThat(this.autosaves.heartbeat(id).locked()).isFalse();
	}

	@Test
	void aContributorCannotAutosaveAStoryTheyMayNotEditNorPublishThroughIt() {
		this.newsroom.contributor();
		Long own = this.editorial.create(this.newsroom.complete("Border crossings reopen"));
		ArticleEdit open = this.editorial.editor(own).edit();
		this.autosaves.autosave(own, open);
		assertThat(stored(own).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		this.newsroom.editor();
		this.editorial.publish(own);
		this.newsroom.contributor();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.autosaves.autosave(own, Newsroom.withBody(open, "Sneaked in", open.version())));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.autosaves.takeOver(own));
		assertThat(stored(own).getBodyMarkdown()).isEqualTo(open.body());
	}

}
