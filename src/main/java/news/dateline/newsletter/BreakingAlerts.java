package news.dateline.newsletter;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticlePublished;
import news.dateline.article.EditorialService;
import news.dateline.article.WorkflowMove;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.Jdbc;

/**
 * "Send as alert" (Editors): the editor's publish, schedule or embargo with the alert box
 * ticked records the request beside the story in the same transaction as the move; when
 * the story goes live (now, or later by the release job) the alert is queued in that
 * transaction, just before it commits, once per story: publishing again, re-saving or a
 * second node finds it sent and sends nothing. The sibling {@link Mailings} writes the
 * mails.
 */
@Service
@Transactional(readOnly = true)
public class BreakingAlerts {

	private final JdbcTemplate jdbc;

	private final EditorialService editorial;

	private final Mailings mailings;

	private final CurrentActor currentActor;

	private final Clock clock;

	BreakingAlerts(JdbcTemplate jdbc, EditorialService editorial, Mailings mailings, CurrentActor currentActor,
			Clock clock) {
		this.jdbc = jdbc;
		this.editorial = editorial;
		this.mailings = mailings;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/**
	 * Saves the editor's form and makes the move as {@link EditorialService#saveAndMove}
	 * does; when {@code sendAlert} and the move puts the story live (now or at its
	 * release), an alert goes out as it does.
	 */
	@Transactional
	public void saveAndMove(Long id, ArticleEdit edit, WorkflowMove move, boolean sendAlert) {
		if (sendAlert && releases(move)) {
			request(id);
		}
		this.editorial.saveAndMove(id, edit, move);
	}

	/** Files a new story and publishes it, with an alert when {@code sendAlert}. */
	@Transactional
	public Long createAndPublish(ArticleEdit edit, boolean sendAlert) {
		Long id = this.editorial.createAndMove(edit, new WorkflowMove.Publish());
		if (sendAlert) {
			request(id);
		}
		return id;
	}

	/** Whether an alert about the story went out. */
	public boolean sent(Long articleId) {
		return this.jdbc.queryForObject(
				"select count(*) from newsletter_story_alert where article_id = ? and sent_at is not null",
				Integer.class, articleId) > 0;
	}

	private static boolean releases(WorkflowMove move) {
		return move instanceof WorkflowMove.Publish || move instanceof WorkflowMove.Schedule
				|| move instanceof WorkflowMove.Embargo;
	}

	private void request(Long id) {
		this.currentActor.require(Role.EDITOR);
		this.jdbc.update(
				"insert into newsletter_story_alert (article_id, requested_at) select ?, ? "
						+ "where not exists (select 1 from newsletter_story_alert where article_id = ?)",
				id, Jdbc.timestamp(this.clock.instant()), id);
	}

	/**
	 * Queues the requested alert of a story that went live, in its transaction: the
	 * conditional update claims the request once, so it is sent once.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void onPublished(ArticlePublished published) {
		int claimed = this.jdbc.update(
				"update newsletter_story_alert set sent_at = ? where article_id = ? and sent_at is null",
				Jdbc.timestamp(this.clock.instant()), published.articleId());
		if (claimed == 0) {
			return;
		}
		this.mailings.liveStory(published.slug()).ifPresent((article) -> {
			Mailings.Alert alert = this.mailings.alert(article);
			this.jdbc.update("update newsletter_story_alert set issue_id = ? where article_id = ?", alert.issueId(),
					published.articleId());
		});
	}

}
