package news.dateline.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.comment.CommentService;
import news.dateline.comment.HeldComment;
import news.dateline.mail.Mailroom;
import news.dateline.report.ErrorReportService;
import news.dateline.report.ReceivedReport;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.Jdbc;
import news.dateline.user.StaffContact;
import news.dateline.user.UserService;

/**
 * Moderators' mail: each Editor or Administrator chooses for themself (off, at once,
 * hourly; the at-once mails are {@link ModerationAlerts}), and the hourly summaries,
 * which list what arrived since that person's last one. Every mail goes to one person,
 * through the {@link Mailroom}, with absolute links into the admin.
 */
@Service
@Transactional(readOnly = true)
public class ModeratorNotifications {

	/** The most items one summary lists of each kind. */
	static final int SUMMARY_LIMIT = 50;

	private final JdbcTemplate jdbc;

	private final CurrentActor currentActor;

	private final UserService users;

	private final CommentService comments;

	private final ErrorReportService reports;

	private final Mailroom mailroom;

	private final ModerationMailContent content;

	private final Clock clock;

	ModeratorNotifications(JdbcTemplate jdbc, CurrentActor currentActor, UserService users, CommentService comments,
			ErrorReportService reports, Mailroom mailroom, ModerationMailContent content, Clock clock) {
		this.jdbc = jdbc;
		this.currentActor = currentActor;
		this.users = users;
		this.comments = comments;
		this.reports = reports;
		this.mailroom = mailroom;
		this.content = content;
		this.clock = clock;
	}

	/** The signed-in moderator's own choice. */
	public ModerationMail own() {
		Actor actor = this.currentActor.require(Role.EDITOR);
		return this.jdbc
			.queryForList("select moderation from staff_notification where user_id = ?", String.class, actor.userId())
			.stream()
			.findFirst()
			.map(ModerationMail::valueOf)
			.orElse(ModerationMail.OFF);
	}

	/**
	 * Sets the signed-in moderator's own choice; an hourly summary starts with what
	 * arrives from now on.
	 */
	@Transactional
	public void choose(ModerationMail choice) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Instant now = this.clock.instant();
		int updated = this.jdbc.update(
				"update staff_notification set summarized_through = case when moderation = 'HOURLY' and ? = 'HOURLY' "
						+ "then summarized_through else ? end, moderation = ?, updated_at = ? where user_id = ?",
				choice.name(), Jdbc.timestamp(now), choice.name(), Jdbc.timestamp(now), actor.userId());
		if (updated == 0) {
			this.jdbc.update(
					"insert into staff_notification (user_id, moderation, summarized_through, updated_at) "
							+ "values (?, ?, ?, ?)",
					actor.userId(), choice.name(), Jdbc.timestamp(now), Jdbc.timestamp(now));
		}
	}

	/**
	 * Queues each hourly subscriber's summary of the whole hours since their last one:
	 * nothing when nothing arrived, and never twice for one hour (each person's
	 * {@code summarized_through} moves on by a conditional update in the same transaction
	 * as the mail, so a second node or a second run finds nothing to do).
	 * @return how many summaries were queued
	 */
	@Transactional
	public int sendHourlySummaries() {
		Instant hour = this.clock.instant().truncatedTo(ChronoUnit.HOURS);
		Map<Long, Instant> due = new LinkedHashMap<>();
		this.jdbc.query(
				"select user_id, summarized_through from staff_notification where moderation = 'HOURLY' "
						+ "and summarized_through < ? order by user_id",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> due.put(rs.getLong(1), Jdbc.instant(rs, 2)),
				Jdbc.timestamp(hour));
		int queued = 0;
		for (StaffContact moderator : this.users.moderators(due.keySet())) {
			Instant from = due.get(moderator.id());
			if (this.jdbc.update(
					"update staff_notification set summarized_through = ? where user_id = ? "
							+ "and summarized_through = ?",
					Jdbc.timestamp(hour), moderator.id(), Jdbc.timestamp(from)) == 0) {
				continue;
			}
			List<HeldComment> held = this.comments.heldBetween(from, hour, SUMMARY_LIMIT);
			List<ReceivedReport> reports = this.reports.openBetween(from, hour, SUMMARY_LIMIT);
			if (held.isEmpty() && reports.isEmpty()) {
				continue;
			}
			this.mailroom.send("moderation-summary", moderator.email(),
					this.content.variables(moderator, held, reports));
			queued++;
		}
		return queued;
	}

}
