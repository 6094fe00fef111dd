package news.dateline.article;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.StaffAccounts;
import news.dateline.security.StaffPrincipal;
import news.dateline.system.Jdbc;

/**
 * The desk's conversation about a story, beside {@link EditorialService}: notes left on a
 * story for its writer (admin only, oldest first, resolved when acted on) and the story's
 * assignment to one staff member. Whoever may edit the story reads and writes its notes;
 * Editors and Administrators assign stories.
 */
@Service
@Transactional(readOnly = true)
public class DeskNotes {

	/** The longest note. */
	public static final int MAX_NOTE = 2000;

	static final int ASSIGNED_LIMIT = 20;

	private final ArticleRepository articles;

	private final JdbcClient jdbc;

	private final CurrentActor currentActor;

	private final StaffAccounts staff;

	private final Clock clock;

	DeskNotes(ArticleRepository articles, JdbcClient jdbc, CurrentActor currentActor, StaffAccounts staff,
			Clock clock) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.currentActor = currentActor;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * The editor page's panel: the story's notes and its assignment, with one permission
	 * check.
	 */
	public Panel panel(Long articleId) {
		requireEdit(articleId);
		return new Panel(readNotes(articleId), readAssignment(articleId).orElse(null));
	}

	/** The story's notes, oldest first. */
	private List<DeskNote> readNotes(Long articleId) {
		return this.jdbc
			.sql("select id, author_name, note, created_at, resolved_at, resolved_by from article_note"
					+ " where article_id = ? order by created_at, id")
			.param(articleId)
			.query((rs, n) -> new DeskNote(rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, 4),
					Jdbc.instant(rs, 5), rs.getString(6)))
			.list();
	}

	@Transactional
	public void addNote(Long articleId, String text) {
		Actor actor = requireEdit(articleId);
		String note = (text == null) ? "" : text.strip();
		if (note.isEmpty() || note.length() > MAX_NOTE) {
			throw new ArticleRejectedException("note", "desk.note.invalid");
		}
		this.jdbc
			.sql("insert into article_note (article_id, author_id, author_name, note, created_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(articleId, actor.userId(), actor.displayName(), note, Jdbc.timestamp(this.clock.instant()))
			.update();
	}

	/** Marks a note of the story resolved (it stays listed, as resolved). */
	@Transactional
	public void resolve(Long articleId, Long noteId) {
		Actor actor = requireEdit(articleId);
		this.jdbc
			.sql("update article_note set resolved_at = ?, resolved_by = ?"
					+ " where id = ? and article_id = ? and resolved_at is null")
			.params(Jdbc.timestamp(this.clock.instant()), actor.displayName(), noteId, articleId)
			.update();
	}

	/** Who the story is assigned to, if anyone. */
	private Optional<Assignment> readAssignment(Long articleId) {
		return this.jdbc
			.sql("select n.article_id, a.headline, a.status, n.assignee_id, n.assignee_name, n.assigned_by,"
					+ " n.assigned_at from article_assignment n join article a on a.id = n.article_id"
					+ " where n.article_id = ?")
			.param(articleId)
			.query((rs, n) -> assignment(rs))
			.optional();
	}

	/**
	 * Assigns the story to the staff member {@code userId}, or to no one when null:
	 * Editors and Administrators.
	 */
	@Transactional
	public void assign(Long articleId, Long userId) {
		Actor actor = this.currentActor.require();
		EditorialPolicy.requireManage(actor, find(articleId));
		this.jdbc.sql("delete from article_assignment where article_id = ?").param(articleId).update();
		if (userId == null) {
			return;
		}
		StaffPrincipal assignee = this.staff.current(userId)
			.orElseThrow(() -> new ArticleRejectedException("assignee", "desk.assignee.unknown"));
		this.jdbc
			.sql("insert into article_assignment (article_id, assignee_id, assignee_name, assigned_by, assigned_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(articleId, userId, assignee.displayName(), actor.displayName(),
					Jdbc.timestamp(this.clock.instant()))
			.update();
	}

	/**
	 * Whether the signed-in staff member assigns stories (Editors and Administrators).
	 */
	public boolean mayAssign() {
		return this.currentActor.find().map(EditorialPolicy::canManage).orElse(false);
	}

	/** The stories assigned to the signed-in staff member, latest assignment first. */
	public List<Assignment> assignedToMe() {
		Actor actor = this.currentActor.require();
		return this.jdbc
			.sql("select n.article_id, a.headline, a.status, n.assignee_id, n.assignee_name, n.assigned_by,"
					+ " n.assigned_at from article_assignment n join article a on a.id = n.article_id"
					+ " where n.assignee_id = ? order by n.assigned_at desc, n.article_id desc" + " fetch first "
					+ ASSIGNED_LIMIT + " rows only")
			.param(actor.userId())
			.query((rs, n) -> assignment(rs))
			.list();
	}

	private Actor requireEdit(Long articleId) {
		Actor actor = this.currentActor.require();
		EditorialPolicy.requireEdit(actor, find(articleId));
		return actor;
	}

	private Article find(Long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id.toString()));
	}

	/** The story's notes, oldest first, and who it is assigned to (null for no one). */
	public record Panel(List<DeskNote> notes, Assignment assignment) {
	}

	private static Assignment assignment(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Assignment(rs.getLong(1), rs.getString(2), ArticleStatus.valueOf(rs.getString(3)), rs.getLong(4),
				rs.getString(5), rs.getString(6), Jdbc.instant(rs, 7));
	}

}
