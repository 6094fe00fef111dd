package news.dateline.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import news.dateline.system.Jdbc;

/**
 * The sender's side of the outbox, each step its own short statement so that what a node
 * has done is in the database the moment it is done: claim a batch (a conditional update
 * that only one node can win per row), mark a row SENDING before its SMTP conversation
 * and SENT after, put it back with a backoff, fail it, and take back the claims of nodes
 * that died.
 */
@Component
class OutboxClaims {

	private final JdbcTemplate jdbc;

	private final MailProperties properties;

	private final Clock clock;

	private final String node = UUID.randomUUID().toString().substring(0, 8);

	OutboxClaims(JdbcTemplate jdbc, MailProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Returns to the queue the rows whose claim ran out before their SMTP conversation
	 * began, and fails those whose node died during it: whether the server took the mail
	 * is unknown, and sending it again could deliver it twice.
	 * @return how many rows were failed as interrupted
	 */
	int recoverExpiredClaims() {
		Instant now = this.clock.instant();
		this.jdbc.update("update mail_outbox set status = 'QUEUED', claimed_by = null, claim_expires_at = null "
				+ "where status = 'CLAIMED' and claim_expires_at < ?", Jdbc.timestamp(now));
		return this.jdbc.update(
				"update mail_outbox set status = 'FAILED', claimed_by = null, claim_expires_at = null, last_error = ? "
						+ "where status = 'SENDING' and claim_expires_at < ?",
				"Interrupted during sending: delivery unknown, not sent again", Jdbc.timestamp(now));
	}

	/**
	 * Claims up to one batch of due rows for this node; the rows are the caller's until
	 * the lease ends.
	 */
	List<OutboxMessage> claim() {
		Instant now = this.clock.instant();
		List<Long> due = this.jdbc.queryForList(
				"select id from mail_outbox where status = 'QUEUED' and next_attempt_at <= ? order by id limit ?",
				Long.class, Jdbc.timestamp(now), this.properties.batchSize());
		if (due.isEmpty()) {
			return List.of();
		}
		String claim = this.node + "-" + UUID.randomUUID();
		String ids = placeholders(due.size());
		List<Object> args = new ArrayList<>();
		args.add(claim);
		args.add(Jdbc.timestamp(now.plus(this.properties.claimLease())));
		args.addAll(due);
		// only rows still QUEUED change: another node that claimed one first keeps it
		this.jdbc.update("update mail_outbox set status = 'CLAIMED', claimed_by = ?, claim_expires_at = ? where id in ("
				+ ids + ") and status = 'QUEUED'", args.toArray());
		return this.jdbc.query(
				"select " + Outbox.COLUMNS
						+ " from mail_outbox where claimed_by = ? and status = 'CLAIMED' order by id",
				Outbox.MAPPER, claim);
	}

	/** The addresses among these that get no more mail. */
	Set<String> suppressed(Collection<String> addresses) {
		if (addresses.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.queryForList("select address from mail_suppression where suppressed_at is not null" + " and address in ("
					+ placeholders(addresses.size()) + ")", String.class, addresses.toArray()));
	}

	/** Marks a claimed row as being sent now; false when this node no longer holds it. */
	boolean startSending(long id) {
		return this.jdbc.update("update mail_outbox set status = 'SENDING', attempts = attempts + 1 "
				+ "where id = ? and status = 'CLAIMED'", id) == 1;
	}

	void sent(long id) {
		this.jdbc.update(
				"update mail_outbox set status = 'SENT', sent_at = ?, claimed_by = null, "
						+ "claim_expires_at = null, last_error = null where id = ?",
				Jdbc.timestamp(this.clock.instant()), id);
	}

	/**
	 * A temporary refusal: queued again after the backoff, or failed once the tries are
	 * used up.
	 */
	void retryLater(long id, int attempts, String error) {
		if (attempts >= this.properties.maxAttempts()) {
			failed(id, error);
			return;
		}
		Instant next = this.clock.instant().plus(this.properties.backoff(attempts));
		this.jdbc.update(
				"update mail_outbox set status = 'QUEUED', next_attempt_at = ?, claimed_by = null, "
						+ "claim_expires_at = null, last_error = ? where id = ?",
				Jdbc.timestamp(next), trim(error), id);
	}

	void failed(long id, String error) {
		this.jdbc.update("update mail_outbox set status = 'FAILED', claimed_by = null, claim_expires_at = null, "
				+ "last_error = ? where id = ?", trim(error), id);
	}

	/** Hands back claimed rows that were not tried (the connection failed first). */
	void release(Collection<Long> ids, String error) {
		if (ids.isEmpty()) {
			return;
		}
		List<Object> args = new ArrayList<>();
		args.add(Jdbc.timestamp(this.clock.instant().plus(this.properties.retryDelay())));
		args.add(trim(error));
		args.addAll(ids);
		this.jdbc.update("update mail_outbox set status = 'QUEUED', next_attempt_at = ?, claimed_by = null, "
				+ "claim_expires_at = null, last_error = ? where status = 'CLAIMED' and id in ("
				+ placeholders(ids.size()) + ")", args.toArray());
	}

	/**
	 * Counts a permanent refusal against the address, and suppresses it once there were
	 * enough.
	 */
	void permanentFailure(String address, String error) {
		Instant now = this.clock.instant();
		int updated = this.jdbc.update(
				"update mail_suppression set permanent_failures = permanent_failures + 1, "
						+ "last_error = ?, updated_at = ? where address = ?",
				trim(error), Jdbc.timestamp(now), address);
		if (updated == 0) {
			try {
				this.jdbc.update("insert into mail_suppression (address, permanent_failures, last_error, updated_at) "
						+ "values (?, 1, ?, ?)", address, trim(error), Jdbc.timestamp(now));
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				permanentFailure(address, error);
				return;
			}
		}
		this.jdbc.update("update mail_suppression set suppressed_at = ? where address = ? and suppressed_at is null "
				+ "and permanent_failures >= ?", Jdbc.timestamp(now), address, this.properties.suppressAfter());
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	private static String trim(String error) {
		if (error == null) {
			return null;
		}
		String line = error.replaceAll("\\s+", " ").strip();
		return (line.length() > 1000) ? line.substring(0, 1000) : line;
	}

}
