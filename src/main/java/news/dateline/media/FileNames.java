package news.dateline.media;

import java.text.Normalizer;

/**
 * What the library keeps of an uploaded file's name: a display name for editors (last
 * path segment only, no control characters, bounded length) and a plain ASCII name for
 * downloads. Neither is ever used as a path: files are stored under random keys.
 */
final class FileNames {

	static final int MAX_DISPLAY_LENGTH = 120;

	static final int MAX_ASCII_LENGTH = 60;

	static final String FALLBACK = "image";

	private FileNames() {
	}

	/** The name to show editors, from whatever the browser sent. */
	static String display(String original) {
		if (original == null) {
			return FALLBACK;
		}
		String name = original.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "");
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = Normalizer.normalize(name.substring(slash + 1), Normalizer.Form.NFC).strip();
		name = name.replaceFirst("^[.\\s]+", "");
		if (name.codePointCount(0, name.length()) > MAX_DISPLAY_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 6) ? name.substring(dot) : "";
			String base = name.substring(0, name.length() - extension.length());
			base = base.substring(0, base.offsetByCodePoints(0, MAX_DISPLAY_LENGTH - extension.length())).strip();
			name = base + extension;
		}
		return name.isEmpty() ? FALLBACK : name;
	}

	/**
	 * A download name made of ASCII letters, digits, dots, dashes and underscores,
	 * without extension.
	 */
	static String asciiBase(String displayName) {
		String name = displayName;
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		name = name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-_]+|[-_]+$", "");
		if (name.length() > MAX_ASCII_LENGTH) {
			name = name.substring(0, MAX_ASCII_LENGTH).replaceAll("[-_]+$", "");
		}
		return name.isEmpty() ? FALLBACK : name.toLowerCase(java.util.Locale.ROOT);
	}

}
