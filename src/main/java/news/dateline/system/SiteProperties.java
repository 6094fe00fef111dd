package news.dateline.system;

import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The site's settings, {@code dateline.site.*}: what it is called and where it lives, how
 * lists and dates are shown, and what it tells search engines and feed readers about
 * itself.
 *
 * @param name the publication's name
 * @param baseUrl the public base URL, used for canonical links, feeds and sitemaps
 * @param pageSize stories per list page (at most 50)
 * @param timeZone the time zone dates are shown in
 * @param language the language of feeds, JSON-LD and the news sitemap
 * @param logoUrl the publisher logo in JSON-LD (none by default)
 * @param defaultImageUrl the share image for Open Graph and Twitter cards (none by
 * default)
 * @param discourageSearchEngines staging sites: robots.txt disallows everything and every
 * page says {@code noindex}
 */
@ConfigurationProperties("dateline.site")
@Validated
public record SiteProperties(@DefaultValue("Dateline") @NotBlank String name,
		@DefaultValue("http://localhost:8080") @NotNull @Pattern(regexp = "https?://\\S+") String baseUrl,
		@DefaultValue("12") @Positive @Max(50) int pageSize, @DefaultValue("UTC") @NotNull ZoneId timeZone,
		@DefaultValue("en") @NotBlank String language, String logoUrl, String defaultImageUrl,
		boolean discourageSearchEngines) {

	@ConstructorBinding
	public SiteProperties {
		baseUrl = (baseUrl != null && baseUrl.endsWith("/")) ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		language = (language != null) ? language.trim() : null;
		logoUrl = blankToNull(logoUrl);
		defaultImageUrl = blankToNull(defaultImageUrl);
	}

	/** The settings a test or tool needs: the rest at their defaults. */
	public SiteProperties(String name, String baseUrl, int pageSize, ZoneId timeZone) {
		this(name, baseUrl, pageSize, timeZone, "en", null, null, false);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/** The absolute URL of a site path such as {@code /articles/x}. */
	public String absolute(String path) {
		return this.baseUrl + path;
	}

}
