package news.dateline.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site-wide settings: the publication's name, its public base URL, list page size and the time zone
 * dates are shown in.
 */
@ConfigurationProperties("dateline.site")
public record SiteProperties(String name, String baseUrl, int pageSize, java.time.ZoneId timeZone) {

	public SiteProperties {
		name = (name == null || name.isBlank()) ? "Dateline" : name;
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : stripSlash(baseUrl);
		pageSize = (pageSize <= 0) ? 12 : Math.min(pageSize, 50);
		timeZone = (timeZone == null) ? java.time.ZoneOffset.UTC : timeZone;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The absolute URL of a site path such as {@code /articles/x}. */
	public String absolute(String path) {
		return this.baseUrl + path;
	}

}
