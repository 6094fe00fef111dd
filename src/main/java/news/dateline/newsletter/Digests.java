package news.dateline.newsletter;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.mail.Outbox;
import news.dateline.mail.OutgoingMail;
import news.dateline.mail.RenderedMail;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.Jdbc;
import news.dateline.system.SiteProperties;

/**
 * Digests: the daily digest and the sections' weekly digests, sent when each list's time
 * comes (see {@link DigestEditions}). An edition opens once, across every node, as one
 * {@code newsletter_issue} row (unique per list and edition) naming the rendered mail,
 * stored once in the outbox's shared bodies; its confirmed subscribers are then queued in
 * the outbox a page at a time, each page in its own transaction that also advances the
 * issue's {@code queued_through} from the value it read. A page another node queued
 * first, or one already queued before a crash, is never queued again; the outbox then
 * delivers each mail once.
 */
@Service
public class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final DigestContent content;

	private final Subscriptions subscriptions;

	private final Outbox outbox;

	private final SiteProperties site;

	private final NewsletterProperties properties;

	private final Clock clock;

	private final CurrentActor currentActor;

	Digests(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DigestContent content,
			Subscriptions subscriptions, Outbox outbox, SiteProperties site, NewsletterProperties properties,
			Clock clock, CurrentActor currentActor) {
		this.currentActor = currentActor;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.content = content;
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.site = site;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Opens every digest edition that is due and queues every open edition to the end.
	 * @return how many mails this call queued
	 */
	public int sendDue() {
		for (String list : digestLists()) {
			DigestTime time = timeOf(list);
			DigestEditions.due(this.clock.instant(), this.site.timeZone(), time.at(), time.weekday())
				.ifPresent((edition) -> open(list, edition));
		}
		int queued = 0;
		for (Long issue : this.jdbc.queryForList(
				"select id from newsletter_issue where edition is not null and finished_at is null order by id",
				Long.class)) {
			queued += queueAll(issue);
		}
		return queued;
	}

	/** The daily list and every section and author list someone is subscribed to. */
	private List<String> digestLists() {
		List<String> lists = new ArrayList<>();
		lists.add(NewsletterList.DAILY);
		lists.addAll(this.jdbc.queryForList("select distinct list_key from newsletter_subscription "
				+ "where (list_key like 'section:%' or list_key like 'author:%') and status = 'ACTIVE' "
				+ "order by list_key", String.class));
		return lists;
	}

	/** When the list goes out: its row in the schedule, or the defaults. */
	DigestTime timeOf(String list) {
		boolean weekly = !NewsletterList.DAILY.equals(list);
		List<DigestTime> set = this.jdbc.query("select send_time, weekday from newsletter_schedule where list_key = ?",
				(rs, row) -> new DigestTime(LocalTime.parse(rs.getString(1)),
						weekly ? DayOfWeek.of((rs.getObject(2) != null) ? rs.getInt(2) : 1) : null),
				list);
		if (!set.isEmpty()) {
			return set.get(0);
		}
		return weekly ? new DigestTime(this.properties.weeklyAt(), this.properties.weeklyOn())
				: new DigestTime(this.properties.dailyAt(), null);
	}

	/**
	 * Opens the edition unless it is open already: renders it and writes its issue row
	 * (finished at once when there is no story to send).
	 */
	void open(String listKey, String edition) {
		if (this.jdbc.queryForObject("select count(*) from newsletter_issue where list_key = ? and edition = ?",
				Integer.class, listKey, edition) > 0) {
			return;
		}
		RenderedMail mail = this.content.render(this.subscriptions.list(listKey));
		Instant now = this.clock.instant();
		try {
			this.transactions.executeWithoutResult((status) -> {
				Long body = (mail != null) ? this.outbox.storeBody(mail.text(), mail.html()) : null;
				this.jdbc.update(
						"insert into newsletter_issue (list_key, edition, subject, recipients, "
								+ "queued_through, body_id, created_at, finished_at) values (?, ?, ?, 0, 0, ?, ?, ?)",
						listKey, edition, (mail != null) ? mail.subject() : edition, body, Jdbc.timestamp(now),
						(mail != null) ? null : Jdbc.timestamp(now));
			});
			log.info("Opened the {} digest edition {}{}", listKey, edition, (mail != null) ? "" : " (no stories)");
		}
		catch (DuplicateKeyException ex) {
			// another node opened it first
		}
	}

	/** Queues the issue's remaining subscribers, a page per transaction. */
	int queueAll(long issueId) {
		int queued = 0;
		while (true) {
			int page = queueNext(issueId);
			if (page <= 0) {
				return queued;
			}
			queued += page;
		}
	}

	/**
	 * Queues the issue's next page of subscribers in one transaction: how many, 0 when
	 * none is left, -1 when another node took the page first.
	 */
	int queueNext(long issueId) {
		Integer page = this.transactions.execute((status) -> {
			int count = queuePage(issueId);
			if (count < 0) {
				status.setRollbackOnly();
			}
			return count;
		});
		return (page != null) ? page : 0;
	}

	/**
	 * Queues the next page of the issue's subscribers and advances its cursor over them.
	 * Returns how many were queued, 0 when it is done, or -1 when another node took the
	 * page first (the caller rolls back).
	 */
	private int queuePage(long issueId) {
		Map<String, Object> issue = this.jdbc.queryForMap(
				"select list_key, queued_through, subject, body_id, finished_at from newsletter_issue where id = ?",
				issueId);
		if (issue.get("finished_at") != null) {
			return 0;
		}
		String listKey = (String) issue.get("list_key");
		long after = ((Number) issue.get("queued_through")).longValue();
		List<Mailings.Recipient> page = this.subscriptions.confirmedSubscribers(listKey, null, after, Mailings.PAGE);
		if (page.isEmpty()) {
			this.jdbc.update("update newsletter_issue set finished_at = ? where id = ? and finished_at is null",
					Jdbc.timestamp(this.clock.instant()), issueId);
			return 0;
		}
		String subject = (String) issue.get("subject");
		long body = ((Number) issue.get("body_id")).longValue();
		List<OutgoingMail> mails = new ArrayList<>(page.size());
		for (Mailings.Recipient recipient : page) {
			mails.add(OutgoingMail.shared("digest", recipient.email(), subject, body,
					this.subscriptions.unsubscribeUrl(recipient.id(), listKey), issueId));
		}
		long last = page.get(page.size() - 1).id();
		if (this.jdbc.update("update newsletter_issue set queued_through = ?, recipients = recipients + ? "
				+ "where id = ? and queued_through = ?", last, page.size(), issueId, after) == 0) {
			return -1;
		}
		this.outbox.queueAll(mails);
		return page.size();
	}

	/**
	 * When each of these lists goes out (Editors): the digest lists among them (daily,
	 * section and author lists), by key.
	 */
	public Map<String, DigestTime> schedules(List<String> listKeys) {
		this.currentActor.require(Role.EDITOR);
		Map<String, DigestTime> times = new java.util.LinkedHashMap<>();
		for (String key : listKeys) {
			if (NewsletterList.isDigest(key)) {
				times.put(key, timeOf(key));
			}
		}
		return times;
	}

	/**
	 * Sets when a digest list goes out (Editors): a time of day in the site's zone, and
	 * for a weekly list its day.
	 * @throws FieldRejectedException for a list that is not a digest (breaking news,
	 * reply notifications), an unknown list or a malformed time
	 */
	public void schedule(String listKey, String at, Integer weekday) {
		this.currentActor.require(Role.EDITOR);
		if (!NewsletterList.isDigest(listKey)) {
			throw new FieldRejectedException("list", "newsletter.error.lists");
		}
		if (at == null || !at.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
			throw new FieldRejectedException("at", "newsletter.error.time");
		}
		boolean weekly = !NewsletterList.DAILY.equals(listKey);
		Integer day = weekly ? ((weekday != null && weekday >= 1 && weekday <= 7) ? weekday : 1) : null;
		var now = Jdbc.timestamp(this.clock.instant());
		this.transactions.executeWithoutResult((status) -> {
			if (this.jdbc.update(
					"update newsletter_schedule set send_time = ?, weekday = ?, changed_at = ? " + "where list_key = ?",
					at, day, now, listKey) == 0) {
				this.jdbc.update("insert into newsletter_schedule (list_key, send_time, weekday, changed_at) "
						+ "values (?, ?, ?, ?)", listKey, at, day, now);
			}
		});
	}

	/** When a digest list goes out: a time of day, and a weekday for a weekly list. */
	public record DigestTime(LocalTime at, DayOfWeek weekday) {

		/** The time as the admin's time field shows it. */
		public String time() {
			return this.at.toString().substring(0, 5);
		}

		/** The weekday's number, 1 (Monday) to 7, or null for a daily list. */
		public Integer day() {
			return (this.weekday != null) ? this.weekday.getValue() : null;
		}

	}

	/** The issue of an edition, once it is open. */
	Optional<Long> issueOf(String listKey, String edition) {
		return this.jdbc
			.queryForList("select id from newsletter_issue where list_key = ? and edition = ?", Long.class, listKey,
					edition)
			.stream()
			.findFirst();
	}

}
