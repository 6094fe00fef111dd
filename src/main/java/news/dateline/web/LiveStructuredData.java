package news.dateline.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.dateline.article.ArticleView;
import news.dateline.live.LiveCoverage;
import news.dateline.live.LiveEntryView;
import news.dateline.system.SiteProperties;
import news.dateline.system.Timestamps;

/**
 * The schema.org {@code LiveBlogPosting} of a live story's page: when coverage started
 * and ended ({@code coverageStartTime}, {@code coverageEndTime}) and the entries on the
 * page as {@code liveBlogUpdate} BlogPostings, each with its own URL.
 */
@Component
class LiveStructuredData {

	private final SiteProperties site;

	LiveStructuredData(SiteProperties site) {
		this.site = site;
	}

	String json(ArticleView article, LiveCoverage coverage) {
		String url = this.site.absolute(article.url());
		Map<String, Object> live = new LinkedHashMap<>();
		live.put("@context", StructuredData.CONTEXT);
		live.put("@type", "LiveBlogPosting");
		live.put("@id", url + "#live");
		live.put("url", url);
		live.put("headline", article.headline());
		live.put("datePublished", Timestamps.iso(article.publishedAt()));
		live.put("dateModified", Timestamps.iso(coverage.lastUpdate()));
		live.put("coverageStartTime", Timestamps.iso(coverage.startedAt()));
		if (coverage.endedAt() != null) {
			live.put("coverageEndTime", Timestamps.iso(coverage.endedAt()));
		}
		live.put("inLanguage", this.site.language());
		live.put("liveBlogUpdate", updates(url, coverage));
		return StructuredData.write(live);
	}

	private static List<Map<String, Object>> updates(String url, LiveCoverage coverage) {
		List<LiveEntryView> shown = new java.util.ArrayList<>();
		if (coverage.pinned() != null) {
			shown.add(coverage.pinned());
		}
		shown.addAll(coverage.entries());
		return shown.stream().map((entry) -> {
			Map<String, Object> update = new LinkedHashMap<>();
			update.put("@type", "BlogPosting");
			update.put("url", url + "#" + entry.anchor());
			update.put("headline", (entry.keyTitle() != null) ? entry.keyTitle() : LiveText.snippet(entry));
			update.put("datePublished", Timestamps.iso(entry.postedAt()));
			if (entry.updatedAt() != null) {
				update.put("dateModified", Timestamps.iso(entry.updatedAt()));
			}
			update.put("author", Map.of("@type", "Person", "name", entry.authorName()));
			update.put("articleBody", entry.bodyMarkdown());
			return update;
		}).toList();
	}

}
