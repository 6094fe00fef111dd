package news.dateline.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The site's editions, from {@link EditionSettings}: the default one first, the others in
 * the configured order.
 */
@Component
public class Editions {

	private static final EditionSettings.Style DEFAULT_STYLE = new EditionSettings.Style(null, ".-",
			"edition.source-line");

	private final Map<String, Edition> byCode = new LinkedHashMap<>();

	private final Edition defaultEdition;

	public Editions(EditionSettings settings) {
		this.defaultEdition = edition(settings, settings.defaultCode());
		this.byCode.put(this.defaultEdition.code(), this.defaultEdition);
		for (String code : settings.codes()) {
			this.byCode.computeIfAbsent(code, (c) -> edition(settings, c));
		}
	}

	private static Edition edition(EditionSettings settings, String code) {
		EditionSettings.Style style = settings.styles().getOrDefault(code, DEFAULT_STYLE);
		Locale locale = Locale
			.forLanguageTag((style.locale() != null && !style.locale().isBlank()) ? style.locale() : code);
		String prefix = code.equals(settings.defaultCode()) ? "" : "/" + code;
		return new Edition(code, locale, prefix, style.datelineSuffix(), style.sourceLineKey());
	}

	public Edition defaultEdition() {
		return this.defaultEdition;
	}

	/** Every edition, the default one first. */
	public List<Edition> all() {
		return Collections.unmodifiableList(new ArrayList<>(this.byCode.values()));
	}

	/** The editions other than this one, in order. */
	public List<Edition> others(Edition edition) {
		return this.byCode.values().stream().filter((other) -> !other.equals(edition)).toList();
	}

	/** The edition with this code, if the site has one. */
	public Optional<Edition> byCode(String code) {
		return Optional.ofNullable((code != null) ? this.byCode.get(code) : null);
	}

	/**
	 * The edition of a story or row in this language: the default one for a language the
	 * site does not publish in.
	 */
	public Edition forLanguage(String code) {
		return byCode(code).orElse(this.defaultEdition);
	}

	/**
	 * The edition a request path belongs to: the one whose prefix is its first segment
	 * ("/es", "/es/articles/x"), else the default one.
	 */
	public Edition byPath(String path) {
		if (path != null && path.length() > 1) {
			int end = path.indexOf('/', 1);
			String segment = path.substring(1, (end < 0) ? path.length() : end);
			Edition edition = this.byCode.get(segment);
			if (edition != null && !edition.isDefault()) {
				return edition;
			}
		}
		return this.defaultEdition;
	}

	/**
	 * The site path without its edition's prefix: "/es/articles/x" gives "/articles/x".
	 */
	public String sitePath(String path) {
		Edition edition = byPath(path);
		if (edition.isDefault()) {
			return path;
		}
		String rest = path.substring(edition.pathPrefix().length());
		return rest.isEmpty() ? "/" : rest;
	}

}
