package news.dateline.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.mail.MailTemplates;
import news.dateline.mail.Outbox;
import news.dateline.mail.OutgoingMail;
import news.dateline.mail.RenderedMail;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.Jdbc;
import news.dateline.system.SiteProperties;

/**
 * Newsletter mailings (Editors): a breaking-news alert about a live story goes to every
 * confirmed subscriber of the breaking list, queued in the outbox in the same transaction
 * as the issue's row, a page of subscribers at a time (rendered once, with each copy's
 * own links put in); and the lists' and issues' figures for the admin.
 */
@Service
@Transactional(readOnly = true)
public class Mailings {

	private static final String UNSUBSCRIBE = Outbox.UNSUBSCRIBE_PLACEHOLDER;

	private static final String MANAGE = "{{manage-url}}";

	/** Subscribers read and mails queued per step of a mailing. */
	static final int PAGE = 1000;

	private final JdbcTemplate jdbc;

	private final Subscriptions subscriptions;

	private final ArticleService articles;

	private final MailTemplates templates;

	private final Outbox outbox;

	private final SiteProperties site;

	private final CurrentActor currentActor;

	private final Clock clock;

	Mailings(JdbcTemplate jdbc, Subscriptions subscriptions, ArticleService articles, MailTemplates templates,
			Outbox outbox, SiteProperties site, CurrentActor currentActor, Clock clock) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.articles = articles;
		this.templates = templates;
		this.outbox = outbox;
		this.site = site;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/**
	 * Sends a breaking-news alert about the live story at the slug.
	 * @return how many subscribers it was queued for
	 * @throws FieldRejectedException when no live story has that slug
	 */
	@Transactional
	public int sendBreakingAlert(String slug) {
		this.currentActor.require(Role.EDITOR);
		ArticleView article = liveStory(slug)
			.orElseThrow(() -> new FieldRejectedException("slug", "newsletter.error.story"));
		Alert alert = alert(article);
		this.jdbc.update("update newsletter_story_alert set sent_at = ?, issue_id = ? where article_id = ?",
				Jdbc.timestamp(this.clock.instant()), alert.issueId(), article.id());
		this.jdbc.update("insert into newsletter_story_alert (article_id, requested_at, sent_at, issue_id) "
				+ "select ?, ?, ?, ? where not exists (select 1 from newsletter_story_alert where article_id = ?)",
				article.id(), Jdbc.timestamp(this.clock.instant()), Jdbc.timestamp(this.clock.instant()),
				alert.issueId(), article.id());
		return alert.recipients();
	}

	/** The live story at the slug, if there is one. */
	java.util.Optional<ArticleView> liveStory(String slug) {
		try {
			ArticleLookup lookup = this.articles.lookup(slug);
			return (lookup instanceof ArticleLookup.Found found) ? java.util.Optional.of(found.article())
					: java.util.Optional.empty();
		}
		catch (news.dateline.system.NotFoundException ex) {
			return java.util.Optional.empty();
		}
	}

	/**
	 * Queues a breaking alert about the story for every confirmed subscriber of the
	 * breaking list, in the caller's transaction, without asking who is acting (the
	 * caller checked).
	 */
	@Transactional
	Alert alert(ArticleView article) {
		Instant now = this.clock.instant();
		String url = this.site.absolute(article.url());
		long issueId = insertIssue(NewsletterList.BREAKING, article.headline(), now);
		// rendered once; each copy gets its own links put in
		RenderedMail once = this.templates.render("breaking-alert",
				Map.of("headline", article.headline(), "deck", (article.deck() != null) ? article.deck() : "", "url",
						url, "manageUrl", MANAGE, "unsubscribeUrl", UNSUBSCRIBE),
				article.headline());
		String subject = once.subject();
		int count = 0;
		for (List<Recipient> page : (Iterable<List<Recipient>>) () -> recipients(NewsletterList.BREAKING)) {
			List<OutgoingMail> mails = new ArrayList<>(page.size());
			for (Recipient recipient : page) {
				String unsubscribe = this.subscriptions.unsubscribeUrl(recipient.id(), NewsletterList.BREAKING);
				String manage = this.subscriptions.manageUrl(recipient.id());
				RenderedMail copy = new RenderedMail(subject,
						once.text().replace(UNSUBSCRIBE, unsubscribe).replace(MANAGE, manage),
						once.html().replace(UNSUBSCRIBE, attribute(unsubscribe)).replace(MANAGE, attribute(manage)));
				mails.add(OutgoingMail.list("breaking", recipient.email(), copy, unsubscribe, issueId));
			}
			this.outbox.queueAll(mails);
			count += mails.size();
		}
		this.jdbc.update("update newsletter_issue set recipients = ?, subject = ? where id = ?", count, subject,
				issueId);
		return new Alert(issueId, count);
	}

	/**
	 * The confirmed, active subscribers of a list, a page at a time in id order, so a
	 * mailing to any number of them holds one page in memory.
	 */
	java.util.Iterator<List<Recipient>> recipients(String listKey) {
		return new java.util.Iterator<>() {

			private long after = 0;

			private List<Recipient> next = fetch();

			private List<Recipient> fetch() {
				List<Recipient> page = Mailings.this.subscriptions.confirmedSubscribers(listKey, null, this.after,
						PAGE);
				if (!page.isEmpty()) {
					this.after = page.get(page.size() - 1).id();
				}
				return page;
			}

			@Override
			public boolean hasNext() {
				return !this.next.isEmpty();
			}

			@Override
			public List<Recipient> next() {
				if (this.next.isEmpty()) {
					throw new java.util.NoSuchElementException();
				}
				List<Recipient> current = this.next;
				this.next = (current.size() < PAGE) ? List.of() : fetch();
				return current;
			}

		};
	}

	/** A URL as Thymeleaf writes it in an attribute. */
	private static String attribute(String url) {
		return url.replace("&", "&amp;").replace("\"", "&quot;");
	}

	/** One confirmed subscriber of a list. */
	record Recipient(long id, String email) {
	}

	/** A queued mailing: its issue and how many mails it queued. */
	record Alert(long issueId, int recipients) {
	}

	private long insertIssue(String listKey, String subject, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"insert into newsletter_issue (list_key, subject, recipients, " + "created_at) values (?, ?, 0, ?)",
					new String[] { "id" });
			statement.setString(1, listKey);
			statement.setString(2, subject);
			statement.setObject(3, Jdbc.timestamp(now));
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	/** Subscriber counts per list. */
	public List<ListFigures> lists() {
		this.currentActor.require(Role.EDITOR);
		List<ListFigures> rows = this.jdbc.query(
				"select list_key, sum(case when status = 'ACTIVE' then 1 else 0 end), "
						+ "sum(case when status = 'PENDING' then 1 else 0 end), "
						+ "sum(case when status = 'UNSUBSCRIBED' then 1 else 0 end) from newsletter_subscription "
						+ "group by list_key order by list_key",
				(rs, row) -> new ListFigures(new NewsletterList(rs.getString(1), null), rs.getLong(2), rs.getLong(3),
						rs.getLong(4)));
		Map<String, NewsletterList> named = this.subscriptions
			.lists(rows.stream().map((figures) -> figures.list().key()).toList());
		return rows.stream()
			.map((f) -> new ListFigures(named.get(f.list().key()), f.active(), f.pending(), f.unsubscribed()))
			.toList();
	}

	/** The latest mailings with their delivery figures. */
	public List<IssueFigures> issues() {
		this.currentActor.require(Role.EDITOR);
		List<IssueFigures> rows = this.jdbc.query("select i.id, i.list_key, i.subject, i.recipients, "
				+ "(select count(*) from mail_outbox o where o.issue_id = i.id and o.status = 'SENT'), "
				+ "(select count(*) from mail_outbox o where o.issue_id = i.id and o.status = 'FAILED'), i.created_at "
				+ "from newsletter_issue i order by i.id desc limit 20",
				(rs, row) -> new IssueFigures(rs.getLong(1), new NewsletterList(rs.getString(2), null), rs.getString(3),
						rs.getInt(4), rs.getLong(5), rs.getLong(6), Jdbc.instant(rs, 7)));
		Map<String, NewsletterList> named = this.subscriptions
			.lists(rows.stream().map((figures) -> figures.list().key()).distinct().toList());
		return rows.stream()
			.map((i) -> new IssueFigures(i.id(), named.get(i.list().key()), i.subject(), i.recipients(), i.sent(),
					i.failed(), i.createdAt()))
			.toList();
	}

}
