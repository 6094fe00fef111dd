package news.dateline.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one spelling of an address from an earlier site, used both to store it and to look
 * up a request: the path in lower case without a trailing slash, plus WordPress's
 * {@code ?p=} or {@code ?page_id=} query when the path is the site root (WordPress's
 * plain permalinks).
 */
public final class LegacyPath {

	/** The longest address kept. */
	public static final int MAX_LENGTH = 500;

	private static final Pattern ID_QUERY = Pattern.compile("(?:^|&)(p|page_id)=(\\d+)(?:&|$)");

	private LegacyPath() {
	}

	/**
	 * The stored form of a request's raw (still percent-encoded) path and query, if it
	 * could be one.
	 */
	public static Optional<String> of(String rawPath, String rawQuery) {
		if (rawPath == null || !rawPath.startsWith("/")) {
			return Optional.empty();
		}
		String path = rawPath.toLowerCase(Locale.ROOT);
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (path.equals("/")) {
			Matcher id = (rawQuery != null) ? ID_QUERY.matcher(rawQuery) : null;
			if (id == null || !id.find()) {
				return Optional.empty();
			}
			path = "/?" + id.group(1) + "=" + id.group(2);
		}
		return (path.length() <= MAX_LENGTH) ? Optional.of(path) : Optional.empty();
	}

	/**
	 * The stored form of an absolute or site-relative URL, such as a WordPress permalink.
	 */
	public static Optional<String> ofUrl(String url) {
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(url.strip());
			return of((uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath(),
					uri.getRawQuery());
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

}
