package news.dateline.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many URLs go in each article sitemap ({@code dateline.sitemaps.page-size}); the protocol's
 * limit, 50,000, is also the default and the most allowed.
 */
@ConfigurationProperties("dateline.sitemaps")
public record SitemapSettings(int pageSize) {

	public static final int PROTOCOL_LIMIT = 50_000;

	public SitemapSettings {
		pageSize = (pageSize <= 0) ? PROTOCOL_LIMIT : Math.min(pageSize, PROTOCOL_LIMIT);
	}

}
