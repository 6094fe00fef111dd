package news.dateline.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.newsletter.BreakingAlerts;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Send as alert" on the editor's publish, with real commits: the alert is queued in the
 * publish transaction for confirmed subscribers only, once per story whatever is pressed
 * afterwards, at the release time of a scheduled story, and not at all when the publish
 * is refused.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BreakingAlertOnPublishTests extends NewsroomTests {

	@Autowired
	BreakingAlerts alerts;

	@Autowired
	JdbcClient jdbc;

	final List<Long> made = new ArrayList<>();

	String reader;

	String unconfirmed;

	@BeforeEach
	void subscribe() {
		this.reader = TestData.unique("lectora") + "@example.org";
		this.unconfirmed = TestData.unique("pendiente") + "@example.org";
		subscriber(this.reader, true);
		subscriber(this.unconfirmed, false);
	}

	private void subscriber(String email, boolean confirmed) {
		this.jdbc
			.sql("insert into newsletter_subscriber (email, confirmed_at, attempts_since, attempts, created_at) "
					+ "values (?, ?, ?, 0, ?)")
			.params(email, confirmed ? java.sql.Timestamp.from(this.clock.instant()) : null,
					java.sql.Timestamp.from(this.clock.instant()), java.sql.Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc
			.sql("insert into newsletter_subscription (subscriber_id, list_key, status, changed_at) "
					+ "select id, 'breaking', ?, ? from newsletter_subscriber where email = ?")
			.params(confirmed ? "ACTIVE" : "PENDING", java.sql.Timestamp.from(this.clock.instant()), email)
			.update();
	}

	@AfterEach
	void removeWhatWasCommitted() {
		for (Long id : this.made) {
			this.jdbc.sql("delete from newsletter_story_alert where article_id = ?").param(id).update();
			this.jdbc.sql("delete from article where id = ?").param(id).update();
		}
		for (String email : List.of(this.reader, this.unconfirmed)) {
			this.jdbc.sql("delete from mail_outbox where recipient = ?").param(email).update();
			this.jdbc.sql("delete from newsletter_subscriber where email = ?").param(email).update();
		}
	}

	private Long draft(String headline) {
		Long id = this.editorial.create(this.newsroom.complete(headline));
		this.made.add(id);
		return id;
	}

	private int alertsTo(String email) {
		return this.jdbc.sql("select count(*) from mail_outbox where kind = 'breaking' and recipient = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	@Test
	void publishingWithTheBoxTickedAlertsConfirmedSubscribersOnce() {
		Long id = draft("Seúl y Pionyang firman — «acuerdo» 북한 🕊️");
		this.alerts.saveAndMove(id, this.editorial.editor(id).edit(), new WorkflowMove.Publish(), true);
		assertThat(alertsTo(this.reader)).isEqualTo(1);
		assertThat(alertsTo(this.unconfirmed)).isZero();
		assertThat(this.alerts.sent(id)).isTrue();

		this.alerts.saveAndMove(id, this.editorial.editor(id).edit(), new WorkflowMove.Unpublish(), true);
		this.alerts.saveAndMove(id, this.editorial.editor(id).edit(), new WorkflowMove.Publish(), true);
		this.alerts.saveAndMove(id, this.editorial.editor(id).edit(),
				new WorkflowMove.Correct(CorrectionKind.UPDATE, "Añadido — «más»."), true);
		assertThat(alertsTo(this.reader)).isEqualTo(1);
	}

	@Test
	void publishingWithoutTheBoxSendsNothing() {
		Long id = draft("Sin alerta — “tranquilo”");
		this.editorial.saveAndMove(id, this.editorial.editor(id).edit(), new WorkflowMove.Publish());
		this.alerts.saveAndMove(id, this.editorial.editor(id).edit(),
				new WorkflowMove.Correct(CorrectionKind.UPDATE, "Añadido un párrafo."), true);
		assertThat(alertsTo(this.reader)).isZero();
		assertThat(this.alerts.sent(id)).isFalse();
	}

	@Test
	void aScheduledStoryAlertsWhenItGoesLive() {
		Long id = draft("Programada — «a las diez»");
		this.alerts.saveAndMove(id, this.editorial.editor(id).edit(),
				new WorkflowMove.Schedule(this.clock.instant().plus(Duration.ofHours(1))), true);
		assertThat(alertsTo(this.reader)).isZero();

		this.clock.advance(Duration.ofMinutes(61));
		this.editorial.releaseDue();
		assertThat(alertsTo(this.reader)).isEqualTo(1);
		this.editorial.releaseDue();
		assertThat(alertsTo(this.reader)).isEqualTo(1);
	}

	@Test
	void aRefusedPublishNeitherAlertsNorRemembersTheBox() {
		Long id = this.editorial.create(this.newsroom.bare("Incompleta"));
		this.made.add(id);
		assertThatThrownBy(
				() -> this.alerts.saveAndMove(id, this.editorial.editor(id).edit(), new WorkflowMove.Publish(), true))
			.isInstanceOf(ChecklistNotMetException.class);
		assertThat(this.jdbc.sql("select count(*) from newsletter_story_alert where article_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(alertsTo(this.reader)).isZero();
	}

	@Test
	void anAuthorCannotAskForAnAlert() {
		this.newsroom.author();
		Long id = draft("De autora");
		assertThatThrownBy(
				() -> this.alerts.saveAndMove(id, this.editorial.editor(id).edit(), new WorkflowMove.Publish(), true))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(alertsTo(this.reader)).isZero();
	}

}
