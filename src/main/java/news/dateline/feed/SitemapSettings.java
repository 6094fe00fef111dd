package news.dateline.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many URLs go in each article sitemap ({@code dateline.sitemaps.page-size}); the
 * protocol's limit, 50,000, is also the default and the most allowed.
 *
 * @param pageSize story URLs per article sitemap
 */
@ConfigurationProperties("dateline.sitemaps")
@Validated
public record SitemapSettings(@DefaultValue("50000") @Positive @Max(SitemapSettings.PROTOCOL_LIMIT) int pageSize) {

	public static final int PROTOCOL_LIMIT = 50_000;

}
