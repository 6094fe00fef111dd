package news.dateline.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.mail.MailAddresses;
import news.dateline.mail.Mailroom;
import news.dateline.article.ArticleService;
import news.dateline.author.AuthorService;
import news.dateline.section.SectionService;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.Jdbc;
import news.dateline.system.Signer;
import news.dateline.system.SiteProperties;
import news.dateline.system.TooManyRequestsException;

/**
 * Readers' subscriptions with double opt-in: a request adds the lists as PENDING and
 * mails a confirmation link (valid 48 hours, at most one mail an hour per address); the
 * link makes them ACTIVE. Nothing but that confirmation is ever sent to an unconfirmed
 * address, and the answer to a request never says whether the address was known. Every
 * list mail links to the address's manage page and carries a one-click unsubscribe URL,
 * both signed, so neither needs a login.
 */
@Service
@Transactional(readOnly = true)
public class Subscriptions {

	private final JdbcTemplate jdbc;

	private final Mailroom mailroom;

	private final Signer signer;

	private final SiteProperties site;

	private final SectionService sections;

	private final AuthorService authors;

	private final ArticleService articles;

	private final NewsletterProperties properties;

	private final Clock clock;

	Subscriptions(JdbcTemplate jdbc, Mailroom mailroom, Signer signer, SiteProperties site, SectionService sections,
			AuthorService authors, ArticleService articles, NewsletterProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.mailroom = mailroom;
		this.signer = signer;
		this.site = site;
		this.sections = sections;
		this.authors = authors;
		this.articles = articles;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Asks for the lists for the address; mails a confirmation link unless one went out
	 * within the confirmation gap.
	 * @throws FieldRejectedException for a malformed address or no known list
	 * @throws TooManyRequestsException when the address was asked for too often this hour
	 */
	@Transactional(noRollbackFor = TooManyRequestsException.class)
	public void subscribe(String email, List<String> listKeys) {
		String address = MailAddresses.normalise(email)
			.orElseThrow(() -> new FieldRejectedException("email", "newsletter.error.email"));
		Set<String> lists = new LinkedHashSet<>();
		for (String key : (listKeys != null) ? listKeys : List.<String>of()) {
			if (NewsletterList.isKey(key) && listName(key) != null) {
				lists.add(key);
			}
		}
		if (lists.isEmpty()) {
			throw new FieldRejectedException("lists", "newsletter.error.lists");
		}
		Instant now = this.clock.instant();
		long id = subscriberId(address, now);
		countAttempt(id, now);
		for (String list : lists) {
			int changed = this.jdbc.update(
					"update newsletter_subscription set status = 'PENDING', changed_at = ? "
							+ "where subscriber_id = ? and list_key = ? and status = 'UNSUBSCRIBED'",
					Jdbc.timestamp(now), id, list);
			if (changed == 0) {
				this.jdbc.update("insert into newsletter_subscription (subscriber_id, list_key, status, changed_at) "
						+ "select ?, ?, 'PENDING', ? where not exists (select 1 from newsletter_subscription "
						+ "where subscriber_id = ? and list_key = ?)", id, list, Jdbc.timestamp(now), id, list);
			}
		}
		boolean pending = this.jdbc.queryForObject(
				"select count(*) from newsletter_subscription where subscriber_id = ? " + "and status = 'PENDING'",
				Integer.class, id) > 0;
		Instant gapStart = now.minus(this.properties.confirmationGap());
		int claimed = this.jdbc.update(
				"update newsletter_subscriber set confirmation_sent_at = ? where id = ? and "
						+ "(confirmation_sent_at is null or confirmation_sent_at <= ?)",
				Jdbc.timestamp(now), id, Jdbc.timestamp(gapStart));
		if (pending && claimed == 1) {
			Instant expires = now.plus(this.properties.confirmationValidity());
			String token = id + "." + expires.getEpochSecond() + "." + this.signer.sign(confirmValue(id, expires));
			this.mailroom.send("newsletter-confirmation", address,
					Map.of("link", this.site.absolute("/newsletters/confirm?token=" + token), "hours",
							this.properties.confirmationValidity().toHours()));
		}
	}

	/**
	 * The reply form's "Email me when someone replies" box: asks for the story's reply
	 * notifications as {@link #subscribe} does (double opt-in, same limits), but never
	 * fails the comment it came with: a refused request is only logged.
	 */
	@Transactional(noRollbackFor = TooManyRequestsException.class)
	public void requestReplies(String email, Long articleId) {
		try {
			subscribe(email, List.of(NewsletterList.replies(articleId)));
		}
		catch (FieldRejectedException | TooManyRequestsException ex) {
			org.slf4j.LoggerFactory.getLogger(Subscriptions.class)
				.info("Reply notifications not requested: {}", ex.getMessage());
		}
	}

	private long subscriberId(String address, Instant now) {
		List<Long> found = this.jdbc.queryForList("select id from newsletter_subscriber where email = ?", Long.class,
				address);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		try {
			this.jdbc.update("insert into newsletter_subscriber (email, attempts_since, attempts, created_at) "
					+ "values (?, ?, 0, ?)", address, Jdbc.timestamp(now), Jdbc.timestamp(now));
		}
		catch (DuplicateKeyException ex) {
			// another request for the same address came first
		}
		return this.jdbc.queryForObject("select id from newsletter_subscriber where email = ?", Long.class, address);
	}

	private void countAttempt(long id, Instant now) {
		Instant hourAgo = now.minus(Duration.ofHours(1));
		this.jdbc.update("update newsletter_subscriber set attempts = 0, attempts_since = ? where id = ? "
				+ "and attempts_since <= ?", Jdbc.timestamp(now), id, Jdbc.timestamp(hourAgo));
		this.jdbc.update("update newsletter_subscriber set attempts = attempts + 1 where id = ?", id);
		int attempts = this.jdbc.queryForObject("select attempts from newsletter_subscriber where id = ?",
				Integer.class, id);
		if (attempts > this.properties.attemptsPerHour()) {
			throw new TooManyRequestsException("newsletter subscriptions for one address", Duration.ofHours(1));
		}
	}

	/**
	 * Confirms the address of a confirmation link: its pending lists become active.
	 * @throws InvalidNewsletterLinkException for a forged or expired link
	 */
	@Transactional
	public ManagedSubscriptions confirm(String token) {
		String[] parts = (token != null) ? token.split("\\.", 3) : new String[0];
		if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,12}")) {
			throw new InvalidNewsletterLinkException(false);
		}
		long id = Long.parseLong(parts[0]);
		Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
		if (!this.signer.verify(confirmValue(id, expires), parts[2])) {
			throw new InvalidNewsletterLinkException(false);
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(expires)) {
			throw new InvalidNewsletterLinkException(true);
		}
		if (this.jdbc.update("update newsletter_subscriber set confirmed_at = coalesce(confirmed_at, ?) where id = ?",
				Jdbc.timestamp(now), id) == 0) {
			throw new InvalidNewsletterLinkException(false);
		}
		this.jdbc.update("update newsletter_subscription set status = 'ACTIVE', changed_at = ? where subscriber_id = ? "
				+ "and status = 'PENDING'", Jdbc.timestamp(now), id);
		return managed(id);
	}

	/** The manage page of the address a manage token names. */
	public ManagedSubscriptions manage(String token) {
		return managed(subscriberOf(token));
	}

	/**
	 * Leaves one list, or every list when {@code listKey} is null, at once.
	 * @throws InvalidNewsletterLinkException for a forged token
	 */
	@Transactional
	public ManagedSubscriptions unsubscribe(String token, String listKey) {
		long id = subscriberOf(token);
		Instant now = this.clock.instant();
		if (listKey == null) {
			this.jdbc.update("update newsletter_subscription set status = 'UNSUBSCRIBED', changed_at = ? "
					+ "where subscriber_id = ? and status <> 'UNSUBSCRIBED'", Jdbc.timestamp(now), id);
		}
		else if (NewsletterList.ALL_REPLIES.equals(listKey)) {
			this.jdbc.update(
					"update newsletter_subscription set status = 'UNSUBSCRIBED', changed_at = ? "
							+ "where subscriber_id = ? and list_key like ?",
					Jdbc.timestamp(now), id, NewsletterList.REPLIES_PREFIX + "%");
		}
		else {
			this.jdbc.update("update newsletter_subscription set status = 'UNSUBSCRIBED', changed_at = ? "
					+ "where subscriber_id = ? and list_key = ?", Jdbc.timestamp(now), id, listKey);
		}
		return managed(id);
	}

	/**
	 * The signed token of the subscriber's manage page and one-click unsubscribe URLs.
	 */
	String manageToken(long subscriberId) {
		return subscriberId + "." + this.signer.sign("newsletter-manage:" + subscriberId);
	}

	/** The one-click unsubscribe URL of one list for one subscriber. */
	String unsubscribeUrl(long subscriberId, String listKey) {
		return this.site.absolute("/newsletters/unsubscribe?token=" + manageToken(subscriberId) + "&list="
				+ java.net.URLEncoder.encode(listKey, java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * The active subscribers of a list whose address is confirmed, in id order after the
	 * given id, at most {@code limit}; only the one with the (normalised) address when it
	 * is not null.
	 */
	List<Mailings.Recipient> confirmedSubscribers(String listKey, String address, long after, int limit) {
		String sql = "select s.id, s.email from newsletter_subscriber s join newsletter_subscription l "
				+ "on l.subscriber_id = s.id where l.list_key = ? and l.status = 'ACTIVE' "
				+ "and s.confirmed_at is not null and s.id > ?" + ((address != null) ? " and s.email = ?" : "")
				+ " order by s.id limit ?";
		Object[] args = (address != null) ? new Object[] { listKey, after, address, limit }
				: new Object[] { listKey, after, limit };
		return this.jdbc.query(sql, (rs, row) -> new Mailings.Recipient(rs.getLong(1), rs.getString(2)), args);
	}

	/** The manage page URL of one subscriber. */
	String manageUrl(long subscriberId) {
		return this.site.absolute("/newsletters/manage?token=" + manageToken(subscriberId));
	}

	private long subscriberOf(String token) {
		String[] parts = (token != null) ? token.split("\\.", 2) : new String[0];
		if (parts.length != 2 || !parts[0].matches("\\d{1,18}")
				|| !this.signer.verify("newsletter-manage:" + parts[0], parts[1])) {
			throw new InvalidNewsletterLinkException(false);
		}
		return Long.parseLong(parts[0]);
	}

	private ManagedSubscriptions managed(long id) {
		List<String> email = this.jdbc.queryForList("select email from newsletter_subscriber where id = ?",
				String.class, id);
		if (email.isEmpty()) {
			throw new InvalidNewsletterLinkException(false);
		}
		Map<String, SubscriptionStatus> statuses = new LinkedHashMap<>();
		this.jdbc.query(
				"select list_key, status from newsletter_subscription where subscriber_id = ? order by list_key",
				(rs) -> {
					statuses.put(rs.getString(1), SubscriptionStatus.valueOf(rs.getString(2)));
				}, id);
		Map<String, NewsletterList> named = lists(statuses.keySet());
		List<ManagedSubscriptions.Entry> lists = statuses.entrySet()
			.stream()
			.map((entry) -> new ManagedSubscriptions.Entry(named.get(entry.getKey()), entry.getValue()))
			.toList();
		return new ManagedSubscriptions(email.get(0), manageToken(id), lists);
	}

	NewsletterList list(String key) {
		boolean named = key.contains(":");
		return new NewsletterList(key, named ? listName(key) : null);
	}

	/**
	 * The name of the section or author a list is of, the key itself for the site's own
	 * lists, or null when the section or author does not exist.
	 */
	private String listName(String key) {
		if (NewsletterList.isReplies(key)) {
			return this.articles.liveCards(List.of(NewsletterList.storyOf(key)))
				.stream()
				.map(news.dateline.article.ArticleCard::headline)
				.findFirst()
				.orElse(null);
		}
		if (key.startsWith("author:")) {
			// a look-up that finds nothing must not throw: it would mark the caller's
			// transaction rollback-only
			String slug = key.substring("author:".length());
			return this.authors.namesBySlug(List.of(slug)).get(slug);
		}
		return key.startsWith("section:") ? sectionName(key) : key;
	}

	private String sectionName(String key) {
		return this.sections.findBySlug(key.substring("section:".length()))
			.map(news.dateline.section.SectionView::name)
			.orElse(null);
	}

	/**
	 * The lists of these keys with their names, resolved in bulk: one look-up per kind of
	 * list (stories, authors, sections), not one per key.
	 */
	Map<String, NewsletterList> lists(Collection<String> keys) {
		Set<Long> stories = new LinkedHashSet<>();
		Set<String> authorSlugs = new LinkedHashSet<>();
		boolean sectionLists = false;
		for (String key : keys) {
			if (NewsletterList.isReplies(key)) {
				stories.add(NewsletterList.storyOf(key));
			}
			else if (key.startsWith("author:")) {
				authorSlugs.add(key.substring("author:".length()));
			}
			sectionLists |= key.startsWith("section:");
		}
		Map<Long, String> headlines = new HashMap<>();
		if (!stories.isEmpty()) {
			this.articles.liveCards(List.copyOf(stories)).forEach((card) -> headlines.put(card.id(), card.headline()));
		}
		Map<String, String> authorNames = this.authors.namesBySlug(authorSlugs);
		Map<String, String> sectionNames = new HashMap<>();
		if (sectionLists) {
			this.sections.all().forEach((section) -> sectionNames.put(section.slug(), section.name()));
		}
		Map<String, NewsletterList> lists = new LinkedHashMap<>();
		for (String key : keys) {
			String slug = key.substring(key.indexOf(':') + 1);
			String name = null;
			if (NewsletterList.isReplies(key)) {
				name = headlines.get(NewsletterList.storyOf(key));
			}
			else if (key.startsWith("author:")) {
				name = authorNames.get(slug);
			}
			else if (key.startsWith("section:")) {
				name = sectionNames.get(slug);
			}
			lists.put(key, new NewsletterList(key, name));
		}
		return lists;
	}

	private static String confirmValue(long id, Instant expires) {
		return "newsletter-confirm:" + id + ":" + expires.getEpochSecond();
	}

}
