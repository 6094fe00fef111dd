package news.dateline.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The names of the editions' languages in the editor's own language ("Spanish",
 * "español"), for the admin's language selects and the translations panel.
 */
final class LanguageNames {

	private LanguageNames() {
	}

	static Map<String, String> of(List<String> codes) {
		Locale shown = LocaleContextHolder.getLocale();
		Map<String, String> names = new LinkedHashMap<>();
		codes.forEach((code) -> names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(shown)));
		return names;
	}

}
