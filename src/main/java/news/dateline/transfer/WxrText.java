package news.dateline.transfer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import news.dateline.system.Slugs;
import news.dateline.transfer.ImportIssue.Reason;

/**
 * How the importer reads WXR's values: WordPress's dates, slugs (percent-encoded, in any
 * script), names and text, and how it fits them to Dateline's columns.
 */
final class WxrText {

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private static final Pattern TAGS = Pattern.compile("<[^>]*>");

	private WxrText() {
	}

	static Instant wordPressDate(String gmt, String local, ZoneId zone) throws Skip {
		Instant date = optionalWordPressDate(gmt, local, zone);
		if (date == null) {
			throw new Skip(Reason.BAD_DATE, firstPresent(local, gmt, "no date"));
		}
		return date;
	}

	/**
	 * {@code post_date_gmt} in UTC, else {@code post_date} in the given zone; drafts have
	 * 0000-00-00 as GMT.
	 */
	static Instant optionalWordPressDate(String gmt, String local, ZoneId zone) {
		Instant date = parseWordPressDate(gmt, ZoneOffset.UTC);
		return (date != null) ? date : parseWordPressDate(local, zone);
	}

	private static Instant parseWordPressDate(String text, ZoneId zone) {
		if (text == null || text.startsWith("0000-00-00")) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip(), WP_DATE).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	static Instant isoInstant(String text) throws Skip {
		try {
			return Instant.parse(nonNull(text));
		}
		catch (DateTimeException ex) {
			throw new Skip(Reason.BAD_DATE, text);
		}
	}

	/**
	 * A post's slug: WordPress's own when it is one (percent-decoded), else made from it
	 * or the title, transliterated when written in another script.
	 */
	static String postSlug(String postName, String title) {
		String decoded = decode(postName);
		if (Slugs.isValid(decoded)) {
			return decoded;
		}
		String slug = Slugs.of(decoded);
		return slug.isEmpty() ? Slugs.of(title) : slug;
	}

	/**
	 * A category's or tag's slug: its decoded nicename made a slug, else its name made
	 * one.
	 */
	static String termSlug(String nicename, String name) {
		String slug = Slugs.of(decode(nicename));
		return fitSlug(slug.isEmpty() ? Slugs.of(name) : slug, 80);
	}

	/** Why a tag name cannot be kept, or null when it can. */
	static String tagProblem(String name) {
		String slug = Slugs.of(name);
		return (slug.isEmpty() || slug.length() > 80 || name.strip().length() > 120) ? name : null;
	}

	/**
	 * Percent-decoded text (WordPress stores non-ASCII slugs encoded), or the text itself
	 * when it is not.
	 */
	static String decode(String text) {
		if (text == null) {
			return "";
		}
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	static String fitSlug(String slug, int max) {
		if (slug.length() <= max) {
			return slug;
		}
		int cut = slug.lastIndexOf('-', max);
		String fitted = slug.substring(0, (cut > max / 2) ? cut : max);
		return fitted.endsWith("-") ? fitted.substring(0, fitted.length() - 1) : fitted;
	}

	/**
	 * Text without markup: tags removed, entities decoded, whitespace runs kept as they
	 * are.
	 */
	static String plainText(String html) {
		if (html == null) {
			return null;
		}
		String text = HtmlUtils.htmlUnescape(TAGS.matcher(html).replaceAll("")).strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * A name as WordPress stores it: plain text, shown escaped, so
	 * {@code Mallory <Tester>} is a name and not markup; only character references are
	 * decoded.
	 */
	static String plainName(String name) {
		if (name == null) {
			return null;
		}
		String text = HtmlUtils.htmlUnescape(name).strip();
		return text.isEmpty() ? null : text;
	}

	static String fit(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	static String firstPresent(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return (message != null && message.length() > 300) ? message.substring(0, 300) : message;
	}

}
