package news.dateline.media;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import news.dateline.media.internal.MediaRepository;

/**
 * Keeps expired library images out of stored HTML as readers get it: a story body keeps
 * the {@code /media/<key>/<name>} URLs it was saved with, and from the moment an image's
 * rights expire each {@code <img>} showing it is replaced, when the page or feed is
 * built, by the neutral placeholder. Bodies without library images cost no query.
 */
@Component
public class ExpiredImages {

	private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern MEDIA_KEY = Pattern.compile("/media/([0-9a-f]{32})/");

	private final MediaRepository media;

	private final MessageSource messages;

	private final Clock clock;

	ExpiredImages(MediaRepository media, MessageSource messages, Clock clock) {
		this.media = media;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The HTML with every {@code <img>} of a library image whose rights have expired
	 * replaced by the placeholder (alt "Image no longer available").
	 */
	@Transactional(readOnly = true)
	public String replaceIn(String html) {
		return replaceInAll(Collections.singletonList(html)).get(0);
	}

	/**
	 * {@link #replaceIn} for many bodies at once (a feed's entries), with one query for
	 * all of them; the answers are in the order of the bodies (a null body stays null).
	 */
	@Transactional(readOnly = true)
	public List<String> replaceInAll(List<String> htmls) {
		Set<String> keys = new LinkedHashSet<>();
		htmls.forEach((html) -> keys.addAll(keysIn(html)));
		Set<String> expired = keys.isEmpty() ? Set.of()
				: Set.copyOf(this.media.findExpiredKeys(keys, this.clock.instant()));
		if (expired.isEmpty()) {
			return new ArrayList<>(htmls);
		}
		String alt = HtmlUtils.htmlEscape(this.messages.getMessage("image.unavailable", null,
				"Image no longer available", LocaleContextHolder.getLocale()), "UTF-8");
		String placeholder = "<img src=\"" + LibraryImage.UNAVAILABLE_URL + "\" alt=\"" + alt
				+ "\" width=\"1600\" height=\"900\" loading=\"lazy\" />";
		List<String> out = new ArrayList<>(htmls.size());
		htmls.forEach((html) -> out.add((html != null) ? replace(html, expired, placeholder) : null));
		return out;
	}

	private static String replace(String html, Set<String> expired, String placeholder) {
		Matcher img = IMG.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (img.find()) {
			Matcher key = MEDIA_KEY.matcher(img.group());
			boolean gone = key.find() && expired.contains(key.group(1));
			img.appendReplacement(out, Matcher.quoteReplacement(gone ? placeholder : img.group()));
		}
		img.appendTail(out);
		return out.toString();
	}

	/** The keys of the library images some HTML shows. */
	public static Set<String> keysIn(String html) {
		Set<String> keys = new LinkedHashSet<>();
		if (html == null || !html.contains("/media/")) {
			return keys;
		}
		Matcher img = IMG.matcher(html);
		while (img.find()) {
			Matcher key = MEDIA_KEY.matcher(img.group());
			while (key.find()) {
				keys.add(key.group(1));
			}
		}
		return keys;
	}

}
