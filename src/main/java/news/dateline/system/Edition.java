package news.dateline.system;

import java.util.Locale;

/**
 * One edition of the site: the stories of one language, with its own pages. The default
 * edition lives at the site's plain paths ({@code /articles/x}); the others under their
 * prefix ({@code /es/articles/x}).
 *
 * @param code the edition's code, which is also the language of its stories ("en", "es")
 * @param locale the locale its pages, dates and messages are shown in
 * @param pathPrefix "" for the default edition, "/es" for the others
 * @param datelineSuffix what follows the upper-cased city in a dateline (".-" in
 * "SEOUL.-")
 * @param sourceLineKey the message key of its source line, with the source's name as
 * argument ("With information from AP", "Con información de AP")
 */
public record Edition(String code, Locale locale, String pathPrefix, String datelineSuffix, String sourceLineKey) {

	/** The request attribute holding the edition of the page being served. */
	public static final String ATTRIBUTE = Edition.class.getName();

	public boolean isDefault() {
		return this.pathPrefix.isEmpty();
	}

	/** The BCP 47 tag of its language, for {@code lang} and {@code hreflang}. */
	public String languageTag() {
		return this.locale.toLanguageTag();
	}

	/**
	 * This edition's version of a site path: "/" becomes "/es", "/articles/x"
	 * "/es/articles/x".
	 */
	public String path(String sitePath) {
		if (isDefault()) {
			return sitePath;
		}
		return ("/".equals(sitePath) || sitePath.isEmpty()) ? this.pathPrefix : this.pathPrefix + sitePath;
	}

	/**
	 * The dateline in the edition's style: the city upper-cased in its locale and the
	 * suffix ("SEÚL.-"), or null when there is no city.
	 */
	public String dateline(String city) {
		if (city == null || city.isBlank()) {
			return null;
		}
		return city.trim().toUpperCase(this.locale) + this.datelineSuffix;
	}

}
