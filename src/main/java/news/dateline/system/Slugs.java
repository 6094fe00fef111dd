package news.dateline.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Makes URL slugs from headlines and names: lower case ASCII words joined by hyphens.
 * Text in other scripts is transliterated first (서울 becomes {@code seoul}, 東京
 * {@code dong-jing}), so a name in any script gets a readable slug, never a placeholder.
 */
public final class Slugs {

	/** The longest slug Dateline makes; the schema allows more for imported ones. */
	public static final int MAX_LENGTH = 120;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern NON_LATIN_LETTER = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");

	private Slugs() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String latin = NON_LATIN_LETTER.matcher(text).find() ? Latin.transliterate(text) : text;
		String folded = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD)).replaceAll("");
		String slug = NON_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))
			.replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = trimHyphens(slug.substring(0, (cut > 20) ? cut : MAX_LENGTH));
		}
		return slug;
	}

	/**
	 * The slug an editor chose, or one made from the name (and cut to fit) when they left
	 * it empty.
	 * @throws FieldRejectedException on the {@code slug} field when it is not a
	 * well-formed slug of at most {@code maxLength} characters
	 */
	public static String chosen(String given, String name, int maxLength) {
		String slug = (given == null || given.isBlank()) ? cut(of(name), maxLength) : given.strip();
		if (!isValid(slug) || slug.length() > maxLength) {
			throw new FieldRejectedException("slug", "slug.invalid");
		}
		return slug;
	}

	/**
	 * {@link #chosen(String, String, int)}, refused on the {@code slug} field when
	 * another row has it.
	 */
	public static String available(String given, String name, int maxLength,
			java.util.function.Predicate<String> taken) {
		String slug = chosen(given, name, maxLength);
		if (taken.test(slug)) {
			throw new FieldRejectedException("slug", "slug.taken");
		}
		return slug;
	}

	/** Whether the text is already a well-formed slug. */
	public static boolean isValid(String text) {
		return text != null && text.length() <= 200 && VALID.matcher(text).matches();
	}

	private static String cut(String slug, int maxLength) {
		if (slug.length() <= maxLength) {
			return slug;
		}
		int hyphen = slug.lastIndexOf('-', maxLength);
		return trimHyphens(slug.substring(0, (hyphen > 0) ? hyphen : maxLength));
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

	/**
	 * ICU's transliterator to Latin letters, built once, on first use (it takes a moment
	 * to load).
	 */
	private static final class Latin {

		private static final Transliterator ANY_TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

		static synchronized String transliterate(String text) {
			return ANY_TO_LATIN.transliterate(text);
		}

	}

}
