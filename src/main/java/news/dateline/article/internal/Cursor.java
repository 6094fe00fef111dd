package news.dateline.article.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dateline.article.ArticleCard;

/**
 * A position in a newest-first story list: publication time and id of the story at the
 * edge of a page. Lists page by cursor (keyset), so the thousandth page costs what the
 * first does.
 */
public record Cursor(Instant at, long id) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,16})-(\\d{1,18})");

	public static Cursor of(ArticleCard card) {
		return new Cursor(card.publishedAt(), card.id());
	}

	/** The cursor in a URL, or empty when absent or malformed. */
	public static Optional<Cursor> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		long micros = Long.parseLong(matcher.group(1));
		Instant at = Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
		return Optional.of(new Cursor(at, Long.parseLong(matcher.group(2))));
	}

	public String format() {
		long micros = this.at.getEpochSecond() * 1_000_000 + this.at.getNano() / 1_000;
		return micros + "-" + this.id;
	}

}
