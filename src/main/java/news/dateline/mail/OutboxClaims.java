package news.dateline.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.system.Jdbc;

/**
 * The sender's side of the outbox, each step a short statement committed at once, so that
 * what a sender has done is in the database the moment it is done: claim a batch (a
 * conditional update that only one sender can win per row), give a row its checkpoint
 * ({@code sending_at}) just before the end of its message (see
 * {@link CheckpointTransport}), mark a run of accepted mails SENT at once, put rows back
 * with a backoff, fail them, and take back the claims of nodes that died. Between its
 * checkpoint and the server's answer a row is the only one of its claim whose fate is
 * unknown; any answer but acceptance is written before the next checkpoint.
 */
@Component
class OutboxClaims {

	private final JdbcTemplate jdbc;

	private final MailProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private static final String INTERRUPTED = "Interrupted during sending: delivery unknown, not sent again";

	private final String node = UUID.randomUUID().toString().substring(0, 8);

	private final ReentrantLock startLock = new ReentrantLock();

	private final Queue<Start> starts = new ConcurrentLinkedQueue<>();

	OutboxClaims(JdbcTemplate jdbc, MailProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Takes back the claims that ran out (their node stopped, or is too slow): of each
	 * claim, the rows that got their checkpoint before the last one were accepted by the
	 * server (a sender moves on only after the server's answer, and writes any other
	 * answer at once), so they are marked sent; the last one may or may not have reached
	 * the server, and sending it again could deliver it twice, so it is failed; the rest
	 * never reached the server and go back to the queue.
	 * @return how many rows were failed as interrupted
	 */
	int recoverExpiredClaims() {
		Object expired = Jdbc.timestamp(this.clock.instant());
		Integer interrupted = this.transaction.execute((status) -> {
			this.jdbc.update("update mail_outbox o set status = 'SENT', sent_at = sending_at, claimed_by = null, "
					+ "claim_expires_at = null, last_error = null where status = 'CLAIMED' and claim_expires_at < ? "
					+ "and sending_at is not null and exists (select 1 from mail_outbox l where l.claimed_by = "
					+ "o.claimed_by and l.status = 'CLAIMED' and l.sending_at is not null and l.id > o.id)", expired);
			int failed = this.jdbc.update("update mail_outbox set status = 'FAILED', claimed_by = null, "
					+ "claim_expires_at = null, last_error = ? where (status = 'CLAIMED' and sending_at is not null "
					+ "or status = 'SENDING') and claim_expires_at < ?", INTERRUPTED, expired);
			this.jdbc.update("update mail_outbox set status = 'QUEUED', claimed_by = null, claim_expires_at = null "
					+ "where status = 'CLAIMED' and claim_expires_at < ?", expired);
			return failed;
		});
		return (interrupted != null) ? interrupted : 0;
	}

	/**
	 * Claims up to one batch of due rows for this sender, the longest due first (in the
	 * order of the due index, so that the database reads only the rows it takes); the
	 * rows are the caller's until the lease ends. When another sender won every row it
	 * chose, it looks again (a few times), so that an empty claim means nothing is due.
	 */
	Claim claim() {
		for (int look = 0; look < 8; look++) {
			Instant now = this.clock.instant();
			List<Long> due = this.jdbc.queryForList(
					"select id from mail_outbox where status = 'QUEUED' and next_attempt_at <= ?"
							+ " order by status, next_attempt_at, id limit ?",
					Long.class, Jdbc.timestamp(now), this.properties.batchSize());
			if (due.isEmpty()) {
				break;
			}
			String token = this.node + "-" + UUID.randomUUID();
			List<Object> args = new ArrayList<>();
			args.add(token);
			args.add(Jdbc.timestamp(now.plus(this.properties.claimLease())));
			args.addAll(due);
			// only rows still QUEUED change: a sender that claimed one first keeps it
			int claimed = this.jdbc.update(
					"update mail_outbox set status = 'CLAIMED', claimed_by = ?, claim_expires_at = ?, sending_at = null "
							+ "where id in (" + placeholders(due.size()) + ") and status = 'QUEUED'",
					args.toArray());
			if (claimed > 0) {
				return new Claim(token,
						this.jdbc.query(
								"select " + Outbox.SEND_COLUMNS
										+ " from mail_outbox where claimed_by = ? and status = 'CLAIMED' order by id",
								Outbox.MAPPER, token));
			}
		}
		return new Claim(null, List.of());
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

	/**
	 * Gives a row of this claim its checkpoint (it is being sent now), in one commit with
	 * the SENT of the accepted mails given. Only a column no index holds changes, so the
	 * commit is small. The node's senders commit together (a group commit): whoever gets
	 * the lock commits every request waiting at that moment, so a sender waiting for the
	 * lock has nothing committed yet, and one commit serves several mails.
	 * @return false when the claim no longer holds the row (its lease ran out and another
	 * sender took it)
	 */
	boolean startSending(String token, long id, Collection<Long> accepted) {
		Start mine = new Start(token, id, List.copyOf(accepted));
		this.starts.add(mine);
		this.startLock.lock();
		try {
			if (!mine.done) {
				List<Start> group = new ArrayList<>();
				for (Start waiting = this.starts.poll(); waiting != null; waiting = this.starts.poll()) {
					group.add(waiting);
				}
				commit(group);
			}
		}
		finally {
			this.startLock.unlock();
		}
		if (mine.error != null) {
			throw mine.error;
		}
		return mine.started;
	}

	private void commit(List<Start> group) {
		try {
			Object now = Jdbc.timestamp(this.clock.instant());
			this.transaction.executeWithoutResult((status) -> {
				sent(group.stream().flatMap((start) -> start.accepted.stream()).toList());
				int[] started = this.jdbc.batchUpdate(
						"update mail_outbox set sending_at = ?, attempts = attempts + 1 "
								+ "where id = ? and status = 'CLAIMED' and claimed_by = ?",
						group.stream().map((start) -> new Object[] { now, start.id, start.token }).toList());
				for (int i = 0; i < group.size(); i++) {
					group.get(i).started = started[i] == 1;
				}
			});
		}
		catch (RuntimeException ex) {
			group.forEach((start) -> start.error = ex);
		}
		group.forEach((start) -> start.done = true);
	}

	/** Marks the rows the server accepted as sent, in one statement. */
	void sent(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<Object> args = new ArrayList<>();
		args.add(Jdbc.timestamp(this.clock.instant()));
		args.addAll(ids);
		this.jdbc.update(
				"update mail_outbox set status = 'SENT', sent_at = ?, claimed_by = null, "
						+ "claim_expires_at = null, last_error = null where id in (" + placeholders(ids.size()) + ")",
				args.toArray());
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
		// attempts is set here too: a refusal before the end of the message never started
		// sending
		this.jdbc.update(
				"update mail_outbox set status = 'QUEUED', attempts = ?, next_attempt_at = ?, claimed_by = null, "
						+ "claim_expires_at = null, last_error = ? where id = ?",
				attempts, Jdbc.timestamp(next), trim(error), id);
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

	/**
	 * One claim: its token (the rows' {@code claimed_by}) and the claimed rows, in id
	 * order.
	 *
	 * @param token the claim's token, or null when nothing was claimed
	 * @param mails the rows
	 */
	record Claim(String token, List<OutboxMessage> mails) {

		boolean isEmpty() {
			return this.mails.isEmpty();
		}

	}

	/**
	 * One sender's request to start sending a row, answered by whoever commits it (fields
	 * read and written under the start lock).
	 */
	private static final class Start {

		private final String token;

		private final long id;

		private final List<Long> accepted;

		private boolean done;

		private boolean started;

		private RuntimeException error;

		Start(String token, long id, List<Long> accepted) {
			this.token = token;
			this.id = id;
			this.accepted = accepted;
		}

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
