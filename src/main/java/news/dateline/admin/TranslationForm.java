package news.dateline.admin;

import jakarta.validation.constraints.Size;

/**
 * The editor page's translation forms: the language of a translation to start, or the
 * address (slug) of an existing story to link as a translation.
 */
record TranslationForm(@Size(max = 16) String language, @Size(max = 200) String slug) {

	static TranslationForm empty() {
		return new TranslationForm("", "");
	}

}
