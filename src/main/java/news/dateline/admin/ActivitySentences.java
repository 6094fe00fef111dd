package news.dateline.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import news.dateline.article.ArticleHeadline;
import news.dateline.article.ArticleService;
import news.dateline.audit.AuditEntry;
import news.dateline.system.SiteProperties;

/**
 * The dashboard's recent activity as sentences: "Amara Okafor scheduled “Border crossings
 * reopen…” for 3 Dec, 06:00", with story headlines read in one query and times in the
 * site's time zone. An action without a sentence of its own reads "name: action".
 */
final class ActivitySentences {

	static final int HEADLINE_LENGTH = 40;

	private static final Pattern UNTIL = Pattern.compile(" until (\\S+)$");

	private static final Pattern QUOTED = Pattern.compile("\u201c(.*)\u201d");

	private final ArticleService articles;

	private final MessageSource messages;

	private final DateTimeFormatter when;

	ActivitySentences(ArticleService articles, MessageSource messages, SiteProperties site) {
		this.articles = articles;
		this.messages = messages;
		this.when = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH).withZone(site.timeZone());
	}

	/** One line per entry, in the entries' order. */
	List<Line> of(Collection<AuditEntry> entries) {
		List<Long> ids = entries.stream()
			.filter(ActivitySentences::aboutAStory)
			.map(ActivitySentences::storyId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, ArticleHeadline> headlines = ids.isEmpty() ? Map.of() : this.articles.headlines(ids);
		return entries.stream().map((entry) -> new Line(entry.occurredAt(), sentence(entry, headlines))).toList();
	}

	private String sentence(AuditEntry entry, Map<Long, ArticleHeadline> headlines) {
		Locale locale = LocaleContextHolder.getLocale();
		String actor = (entry.actorName() != null) ? entry.actorName() : "";
		if (aboutAStory(entry)) {
			ArticleHeadline story = headlines.get(storyId(entry));
			String headline = (story != null) ? story.headline() : quoted(entry.detail());
			String key = "activity." + entry.action();
			String text = this.messages.getMessage(key,
					new Object[] { actor, shorten(headline), until(entry.detail()) }, null, locale);
			if (text != null && headline != null) {
				return text;
			}
		}
		String action = this.messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale);
		return this.messages.getMessage("activity.other", new Object[] { actor, action }, locale);
	}

	private static boolean aboutAStory(AuditEntry entry) {
		return "article".equals(entry.subjectType()) && entry.action() != null && entry.action().startsWith("article.");
	}

	private static Long storyId(AuditEntry entry) {
		try {
			return Long.valueOf(entry.subjectId());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String until(String detail) {
		Matcher matcher = (detail != null) ? UNTIL.matcher(detail) : null;
		if (matcher == null || !matcher.find()) {
			return "";
		}
		try {
			return this.when.format(Instant.parse(matcher.group(1)));
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

	private static String quoted(String detail) {
		Matcher matcher = (detail != null) ? QUOTED.matcher(detail) : null;
		return (matcher != null && matcher.find()) ? matcher.group(1) : null;
	}

	private static String shorten(String headline) {
		if (headline == null || headline.length() <= HEADLINE_LENGTH) {
			return headline;
		}
		String cut = headline.substring(0, HEADLINE_LENGTH);
		int space = cut.lastIndexOf(' ');
		return ((space > HEADLINE_LENGTH / 2) ? cut.substring(0, space) : cut).stripTrailing() + "\u2026";
	}

	/** A sentence of the activity list and when it happened. */
	record Line(Instant at, String text) {
	}

}
