package news.dateline.notification;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.comment.CommentHeld;
import news.dateline.comment.CommentService;
import news.dateline.mail.Mailroom;
import news.dateline.report.ErrorReportReceived;
import news.dateline.report.ErrorReportService;
import news.dateline.user.StaffContact;
import news.dateline.user.UserService;

/**
 * Moderators' at-once mail: a held comment or an arrived error report is mailed to each
 * moderator who chose "at once", in the very transaction that stored it (one mail per
 * person, so no one sees a colleague's address).
 */
@Component
class ModerationAlerts {

	private final JdbcTemplate jdbc;

	private final UserService users;

	private final CommentService comments;

	private final ErrorReportService reports;

	private final Mailroom mailroom;

	private final ModerationMailContent content;

	ModerationAlerts(JdbcTemplate jdbc, UserService users, CommentService comments, ErrorReportService reports,
			Mailroom mailroom, ModerationMailContent content) {
		this.jdbc = jdbc;
		this.users = users;
		this.comments = comments;
		this.reports = reports;
		this.mailroom = mailroom;
		this.content = content;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void onHeld(CommentHeld held) {
		this.comments.held(held.commentId()).ifPresent((comment) -> {
			for (StaffContact moderator : atOnce()) {
				this.mailroom.send("moderation-held", moderator.email(),
						this.content.variables(moderator, List.of(comment), List.of()));
			}
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void onReport(ErrorReportReceived received) {
		this.reports.open(received.reportId()).ifPresent((report) -> {
			for (StaffContact moderator : atOnce()) {
				this.mailroom.send("moderation-report", moderator.email(),
						this.content.variables(moderator, List.of(), List.of(report)));
			}
		});
	}

	private List<StaffContact> atOnce() {
		return this.users.moderators(this.jdbc
			.queryForList("select user_id from staff_notification where moderation = 'AT_ONCE'", Long.class));
	}

}
