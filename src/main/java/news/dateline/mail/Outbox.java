package news.dateline.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.Jdbc;

/**
 * The mail outbox: other features queue mail here inside their own transaction, so a mail
 * exists if and only if its cause was committed; the sender job delivers it later.
 * Administrators read the outbox and every queued mail in the admin (the development mail
 * viewer).
 */
@Service
@Transactional(readOnly = true)
public class Outbox {

	/** Rows per page of the admin's outbox list. */
	static final int PAGE_SIZE = 50;

	/** Put in for each row's own unsubscribe URL in a shared body. */
	public static final String UNSUBSCRIBE_PLACEHOLDER = "{{unsubscribe-url}}";

	/**
	 * The columns of a row as sent: a shared body (see {@link #storeBody}) with the row's
	 * unsubscribe URL put in, HTML-escaped in the HTML part, and so no body id (a typed
	 * null, which PostgreSQL's driver reads as a number).
	 */
	static final String COLUMNS = "id, message_id, kind, recipient, subject, "
			+ "case when body_id is null then text_body else replace((select b.text_body from mail_body b "
			+ "where b.id = body_id), '" + UNSUBSCRIBE_PLACEHOLDER + "', coalesce(unsubscribe_url, '')) end, "
			+ "case when body_id is null then html_body else replace((select b.html_body from mail_body b "
			+ "where b.id = body_id), '" + UNSUBSCRIBE_PLACEHOLDER
			+ "', replace(coalesce(unsubscribe_url, ''), '&', '&amp;')) end, unsubscribe_url, "
			+ "status, attempts, last_error, created_at, sent_at, cast(null as bigint)";

	/**
	 * The columns of a row for the sender: a shared body is named by its id (the sender
	 * encodes it once for every copy, see {@link EncodedBody}), not copied into every row
	 * read.
	 */
	static final String SEND_COLUMNS = "id, message_id, kind, recipient, subject, text_body, html_body, "
			+ "unsubscribe_url, status, attempts, last_error, created_at, sent_at, body_id";

	private static final String INSERT = "insert into mail_outbox (message_id, kind, recipient, subject, text_body, "
			+ "html_body, unsubscribe_url, status, attempts, next_attempt_at, issue_id, created_at, body_id) "
			+ "values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final MailProperties properties;

	private final CurrentActor currentActor;

	private final Clock clock;

	Outbox(JdbcTemplate jdbc, MailProperties properties, CurrentActor currentActor, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/**
	 * Queues one mail in the caller's transaction.
	 * @throws MailRejectedException for a malformed recipient or a line break in the
	 * subject
	 */
	@Transactional
	public void queue(OutgoingMail mail) {
		queueAll(List.of(mail));
	}

	/** Queues several mails in the caller's transaction, in one batch. */
	@Transactional
	public void queueAll(List<OutgoingMail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		List<Object[]> rows = mails.stream().map(this::row).toList();
		this.jdbc.batchUpdate(INSERT, rows);
	}

	private Object[] row(OutgoingMail mail) {
		String recipient = MailAddresses.normalise(mail.recipient())
			.orElseThrow(() -> new MailRejectedException("malformed recipient"));
		if (mail.subject() == null || mail.subject().isBlank() || MailAddresses.hasLineBreakOrControl(mail.subject())) {
			throw new MailRejectedException("subject must be one line");
		}
		if (mail.unsubscribeUrl() != null && (MailAddresses.hasLineBreakOrControl(mail.unsubscribeUrl())
				|| !mail.unsubscribeUrl().matches("https?://[^\\s<>]+"))) {
			throw new MailRejectedException("unsubscribe URL must be one absolute URL");
		}
		Instant now = this.clock.instant();
		boolean shared = mail.bodyId() != null;
		return new Object[] { newMessageId(), mail.kind(), recipient, mail.subject(), shared ? "" : mail.text(),
				shared ? null : mail.html(), mail.unsubscribeUrl(), Jdbc.timestamp(now), mail.issueId(),
				Jdbc.timestamp(now), mail.bodyId() };
	}

	/**
	 * Stores a body many list mails share (each gets its own unsubscribe URL for
	 * {@link #UNSUBSCRIBE_PLACEHOLDER}), in the caller's transaction.
	 * @return the body's id for {@link OutgoingMail#shared}
	 */
	@Transactional
	public long storeBody(String text, String html) {
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"insert into mail_body (text_body, html_body, created_at) values (?, ?, ?)", new String[] { "id" });
			statement.setString(1, text);
			statement.setString(2, html);
			statement.setObject(3, Jdbc.timestamp(this.clock.instant()));
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	/**
	 * A Message-ID on the site's domain, fixed when the mail is queued so every try
	 * carries the same one.
	 */
	String newMessageId() {
		return "<" + UUID.randomUUID() + "@" + this.properties.domain() + ">";
	}

	/**
	 * Rows per page of {@link #recent}, which returns one more when another page follows.
	 */
	public static int pageSize() {
		return PAGE_SIZE;
	}

	/** How many rows stand in each state. */
	public Map<MailStatus, Long> counts() {
		this.currentActor.require(Role.ADMINISTRATOR);
		Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
		for (MailStatus status : MailStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.query("select status, count(*) from mail_outbox group by status",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> counts
					.put(MailStatus.valueOf(rs.getString(1)), rs.getLong(2)));
		return counts;
	}

	/** The newest rows, of one state or of all, a page at a time. */
	public List<OutboxEntry> recent(MailStatus status, int page) {
		this.currentActor.require(Role.ADMINISTRATOR);
		int offset = Math.max(0, Math.min(page, 1000)) * PAGE_SIZE;
		String where = (status != null) ? " where status = ?" : "";
		Object[] args = (status != null) ? new Object[] { status.name(), PAGE_SIZE + 1, offset }
				: new Object[] { PAGE_SIZE + 1, offset };
		return this.jdbc
			.query("select " + COLUMNS + " from mail_outbox" + where + " order by id desc limit ? offset ?", MAPPER,
					args)
			.stream()
			.map(OutboxMessage::entry)
			.toList();
	}

	/** One mail in full. */
	public OutboxMessage get(long id) {
		this.currentActor.require(Role.ADMINISTRATOR);
		return this.jdbc.query("select " + COLUMNS + " from mail_outbox where id = ?", MAPPER, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new MailNotFoundException(id));
	}

	/** Puts a failed mail back in the queue, to be tried again at once. */
	@Transactional
	public void retry(long id) {
		this.currentActor.require(Role.ADMINISTRATOR);
		int changed = this.jdbc.update(
				"update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = ?, "
						+ "claimed_by = null, claim_expires_at = null where id = ? and status = 'FAILED'",
				Jdbc.timestamp(this.clock.instant()), id);
		if (changed == 0) {
			get(id);
		}
	}

	static final RowMapper<OutboxMessage> MAPPER = Outbox::map;

	private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), MailStatus.valueOf(rs.getString(9)), rs.getInt(10),
				rs.getString(11), Jdbc.instant(rs, 12), Jdbc.instant(rs, 13), (Long) rs.getObject(14, Long.class));
	}

}
