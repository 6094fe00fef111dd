package news.dateline.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleService;
import news.dateline.article.StoryList;
import news.dateline.author.AuthorService;
import news.dateline.mail.MailTemplates;
import news.dateline.mail.RenderedMail;
import news.dateline.section.SectionService;
import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;

/**
 * What one digest edition says: the daily digest lists the day's most read stories, then
 * the newest of the last 24 hours; a section's or an author's weekly digest their newest
 * stories of the last seven days. Rendered once per edition from
 * {@code templates/mail/digest.*}, with the subscriber's own links left as
 * {@link #UNSUBSCRIBE} and {@link #MANAGE} for {@link Digests} to fill in per copy.
 */
@Component
class DigestContent {

	static final String UNSUBSCRIBE = news.dateline.mail.Outbox.UNSUBSCRIBE_PLACEHOLDER;

	private final ArticleService articles;

	private final SectionService sections;

	private final AuthorService authors;

	private final MailTemplates templates;

	private final MessageSource messages;

	private final SiteProperties site;

	private final NewsletterProperties properties;

	private final Locale locale;

	/** The digests are the default edition's: its language's stories only. */
	private final String language;

	private final Clock clock;

	DigestContent(ArticleService articles, SectionService sections, AuthorService authors, MailTemplates templates,
			MessageSource messages, SiteProperties site, NewsletterProperties properties, Editions editions,
			Clock clock) {
		this.articles = articles;
		this.sections = sections;
		this.authors = authors;
		this.templates = templates;
		this.messages = messages;
		this.site = site;
		this.properties = properties;
		this.locale = editions.defaultEdition().locale();
		this.language = editions.defaultEdition().code();
		this.clock = clock;
	}

	/**
	 * The edition of the list rendered, or null when it has no story to tell (or its
	 * section is gone).
	 */
	RenderedMail render(NewsletterList list) {
		List<ArticleCard> cards = list.key().equals(NewsletterList.DAILY) ? daily() : weekly(list);
		if (cards == null || cards.isEmpty()) {
			return null;
		}
		List<DigestStory> stories = cards.stream().map(this::story).toList();
		String listName = this.messages.getMessage(list.messageKey(), new Object[] { list.sectionName() }, this.locale);
		String date = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone())
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale));
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("listName", listName);
		variables.put("date", date);
		variables.put("stories", stories);
		variables.put("unsubscribeUrl", UNSUBSCRIBE);
		// a GET of the unsubscribe URL opens the address's manage page
		variables.put("manageUrl", UNSUBSCRIBE);
		return this.templates.render("digest", variables, listName, date);
	}

	private List<ArticleCard> daily() {
		Instant since = this.clock.instant().minus(Duration.ofHours(24));
		Map<Long, ArticleCard> chosen = new LinkedHashMap<>();
		for (ArticleCard card : this.articles.mostRead(1, this.properties.digestStories(), this.language)) {
			if (!card.publishedAt().isBefore(since)) {
				chosen.putIfAbsent(card.id(), card);
			}
		}
		for (ArticleCard card : this.articles.list(StoryList.all().in(this.language), null, null).cards()) {
			if (!card.publishedAt().isBefore(since)) {
				chosen.putIfAbsent(card.id(), card);
			}
		}
		return new ArrayList<>(chosen.values()).subList(0, Math.min(chosen.size(), this.properties.digestStories()));
	}

	private List<ArticleCard> weekly(NewsletterList list) {
		StoryList stories = storiesOf(list.key());
		if (stories == null) {
			return null;
		}
		Instant since = this.clock.instant().minus(Duration.ofDays(7));
		return this.articles.list(stories.in(this.language), null, null)
			.cards()
			.stream()
			.filter((card) -> !card.publishedAt().isBefore(since))
			.limit(this.properties.digestStories())
			.toList();
	}

	/** The story list of a section's or author's digest, or null when it is gone. */
	private StoryList storiesOf(String key) {
		String slug = key.substring(key.indexOf(':') + 1);
		if (key.startsWith("author:")) {
			try {
				return StoryList.author(this.authors.bySlug(slug).id());
			}
			catch (news.dateline.system.NotFoundException ex) {
				return null;
			}
		}
		return this.sections.findBySlug(slug).map((section) -> StoryList.section(section.id())).orElse(null);
	}

	private DigestStory story(ArticleCard card) {
		String imageUrl = null;
		String alt = "";
		int width = 0;
		int height = 0;
		if (card.image() != null && card.image().width() > 0) {
			imageUrl = card.image().src().startsWith("http") ? card.image().src()
					: this.site.absolute(card.image().src());
			alt = (card.image().alt() != null) ? card.image().alt() : card.headline();
			width = 552;
			height = (int) Math.round(552.0 * card.image().height() / card.image().width());
		}
		return new DigestStory(card.headline(), (card.deck() != null) ? card.deck() : "",
				this.site.absolute(card.url()), (card.sectionName() != null) ? card.sectionName() : "", imageUrl, alt,
				width, height);
	}

}
