package news.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleEdits;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.system.Jdbc;

/**
 * The editor's safety net beside {@link EditorialService}: autosaves of an open editor
 * (kept per story and staff member, never a revision, never touching the story; dropped
 * when they save) and the edit lock that tells a second editor who is already at work on
 * a story, as WordPress's post lock does. The lock lives while its holder's editor sends
 * heartbeats; another editor may take it over, and the first one's next autosave or
 * heartbeat is then refused and says who has it.
 */
@Service
@Transactional(readOnly = true)
public class AutosaveService {

	/**
	 * A lock whose editor sent nothing for this long is free: its tab was closed or its
	 * laptop shut.
	 */
	public static final Duration LOCK_TTL = Duration.ofMinutes(2);

	private final ArticleRepository articles;

	private final ArticleEdits edits;

	private final JdbcClient jdbc;

	private final CurrentActor currentActor;

	private final Clock clock;

	AutosaveService(ArticleRepository articles, ArticleEdits edits, JdbcClient jdbc, CurrentActor currentActor,
			Clock clock) {
		this.articles = articles;
		this.edits = edits;
		this.jdbc = jdbc;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/**
	 * Keeps the editor's text as this staff member's autosave of the story and renews
	 * their lock, unless someone else holds the lock (then nothing is kept). Only the
	 * text is read from the edit; the story itself, its status and its revisions are
	 * untouched.
	 */
	@Transactional
	public AutosaveOutcome autosave(Long id, ArticleEdit edit) {
		Actor actor = requireEditor(id);
		Instant now = this.clock.instant();
		EditLock other = claim(id, actor, now, false);
		if (other != null) {
			return new AutosaveOutcome(null, other);
		}
		long base = (edit.version() != null) ? edit.version() : 0;
		int updated = this.jdbc
			.sql("update article_autosave set headline = ?, deck = ?, dateline_city = ?,"
					+ " dateline_country = ?, body_markdown = ?, tags = ?, seo_title = ?, seo_description = ?,"
					+ " base_version = ?, saved_at = ? where article_id = ? and user_id = ?")
			.params(text(edit.headline()), edit.deck(), edit.datelineCity(), edit.datelineCountry(), text(edit.body()),
					edit.tags(), edit.seoTitle(), edit.seoDescription(), base, Jdbc.timestamp(now), id, actor.userId())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into article_autosave (article_id, user_id, headline, deck, dateline_city,"
						+ " dateline_country, body_markdown, tags, seo_title, seo_description, base_version, saved_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, actor.userId(), text(edit.headline()), edit.deck(), edit.datelineCity(),
						edit.datelineCountry(), text(edit.body()), edit.tags(), edit.seoTitle(), edit.seoDescription(),
						base, Jdbc.timestamp(now))
				.update();
		}
		return new AutosaveOutcome(now, null);
	}

	/**
	 * Renews (or takes, when free) the staff member's lock on the story, saving nothing.
	 */
	@Transactional
	public AutosaveOutcome heartbeat(Long id) {
		Actor actor = requireEditor(id);
		return new AutosaveOutcome(null, claim(id, actor, this.clock.instant(), false));
	}

	/**
	 * Takes the story's lock from whoever holds it: their next autosave or heartbeat is
	 * refused.
	 */
	@Transactional
	public void takeOver(Long id) {
		Actor actor = requireEditor(id);
		claim(id, actor, this.clock.instant(), true);
	}

	/** Who else is editing the story now, if anyone (for the editor page's notice). */
	public Optional<EditLock> heldByOther(Long id) {
		Actor actor = requireEditor(id);
		Instant fresh = this.clock.instant().minus(LOCK_TTL);
		return this.jdbc
			.sql("select user_id, user_name, since, heartbeat_at from article_edit_lock where article_id = ?")
			.param(id)
			.query((rs, row) -> (rs.getLong(1) != actor.userId() && Jdbc.instant(rs, 4).isAfter(fresh))
					? new EditLock(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, 3)) : null)
			.optional();
	}

	/**
	 * The staff member's autosave of the story, when it is not older than the story's
	 * last save and says something else than the story does: what the editor page offers
	 * to restore.
	 */
	public Optional<Autosave> pending(Long id) {
		Actor actor = requireEditor(id);
		Article article = find(id);
		ArticleEdit stored = this.edits.of(article);
		return this.jdbc.sql("select headline, deck, dateline_city, dateline_country, body_markdown, tags, seo_title,"
				+ " seo_description, base_version, saved_at from article_autosave where article_id = ? and user_id = ?")
			.params(id, actor.userId())
			.query(AutosaveService::autosave)
			.optional()
			.filter((autosave) -> !autosave.savedAt().isBefore(article.getUpdatedAt()))
			.filter((autosave) -> !autosave.over(stored).sameAs(stored));
	}

	/** A save makes the saver's autosave of the story old news. */
	@EventListener
	void forgetAutosaveOnSave(ArticleUpdated updated) {
		if (updated.actor() != null) {
			this.jdbc.sql("delete from article_autosave where article_id = ? and user_id = ?")
				.params(updated.articleId(), updated.actor().userId())
				.update();
		}
	}

	private Actor requireEditor(Long id) {
		Actor actor = this.currentActor.require();
		EditorialPolicy.requireEdit(actor, find(id));
		return actor;
	}

	private Article find(Long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id.toString()));
	}

	/**
	 * Renews the actor's lock on the story, or takes it when it is free, stale or
	 * {@code force}d; answers the lock of the one who holds it instead, or null when the
	 * actor holds it now.
	 */
	private EditLock claim(Long id, Actor actor, Instant now, boolean force) {
		this.jdbc
			.sql("insert into article_edit_lock (article_id, user_id, user_name, since, heartbeat_at)"
					+ " values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(id, actor.userId(), actor.displayName(), Jdbc.timestamp(now), Jdbc.timestamp(now))
			.update();
		LockRow lock = this.jdbc.sql(
				"select user_id, user_name, since, heartbeat_at from article_edit_lock where article_id = ? for update")
			.param(id)
			.query((rs, row) -> new LockRow(new EditLock(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, 3)),
					Jdbc.instant(rs, 4)))
			.single();
		boolean mine = lock.holder().userId().equals(actor.userId());
		if (mine) {
			this.jdbc.sql("update article_edit_lock set heartbeat_at = ? where article_id = ?")
				.params(Jdbc.timestamp(now), id)
				.update();
			return null;
		}
		if (force || !lock.heartbeatAt().isAfter(now.minus(LOCK_TTL))) {
			this.jdbc
				.sql("update article_edit_lock set user_id = ?, user_name = ?, since = ?, heartbeat_at = ?"
						+ " where article_id = ?")
				.params(actor.userId(), actor.displayName(), Jdbc.timestamp(now), Jdbc.timestamp(now), id)
				.update();
			return null;
		}
		return lock.holder();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static Autosave autosave(ResultSet rs, int row) throws SQLException {
		return new Autosave(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), Jdbc.instant(rs, 10));
	}

	private record LockRow(EditLock holder, Instant heartbeatAt) {
	}

}
