package news.dateline.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the site tells search engines and feed readers about itself, from {@code dateline.site.*}:
 * its language, an optional logo and default share image, and whether to keep search engines away
 * (staging sites: robots.txt disallows everything and every page says {@code noindex}).
 */
@ConfigurationProperties("dateline.site")
public record SiteMetadata(String language, String logoUrl, String defaultImageUrl, boolean discourageSearchEngines) {

	public SiteMetadata {
		language = (language == null || language.isBlank()) ? "en" : language.trim();
		logoUrl = blankToNull(logoUrl);
		defaultImageUrl = blankToNull(defaultImageUrl);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
