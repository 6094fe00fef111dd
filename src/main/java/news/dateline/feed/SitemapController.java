package news.dateline.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import news.dateline.article.ArticleSyndication;
import news.dateline.article.PageLink;
import news.dateline.article.StoryList;
import news.dateline.system.NotFoundException;
import news.dateline.system.SiteProperties;

/**
 * Sitemaps and robots.txt: {@code /sitemap.xml} indexes the paged article sitemaps
 * ({@code /sitemaps/articles-1.xml} ...), the section, author and tag sitemaps and the
 * Google News sitemap of the last two days; {@code /robots.txt} points at them, or turns
 * every crawler away when the site discourages search engines (staging).
 */
@Controller
class SitemapController {

	static final Duration NEWS_WINDOW = Duration.ofDays(2);

	static final int NEWS_LIMIT = 1000;

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final ArticleSyndication articles;

	private final SitemapWriter writer;

	private final SitemapSettings settings;

	private final SiteProperties site;

	SitemapController(ArticleSyndication articles, SitemapWriter writer, SitemapSettings settings,
			SiteProperties site) {
		this.articles = articles;
		this.writer = writer;
		this.settings = settings;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		long pages = Math.max(1, (this.articles.countLive() + this.settings.pageSize() - 1) / this.settings.pageSize());
		List<PageLink> sitemaps = new ArrayList<>();
		for (int page = 1; page <= pages; page++) {
			sitemaps.add(new PageLink("/sitemaps/articles-" + page + ".xml", null));
		}
		for (String kind : List.of("sections", "authors", "tags", "news")) {
			sitemaps.add(new PageLink("/sitemaps/" + kind + ".xml", null));
		}
		return xml(this.writer.index(sitemaps));
	}

	@GetMapping("/sitemaps/articles-{page}.xml")
	ResponseEntity<String> articles(@PathVariable String page) {
		if (!page.matches("[1-9]\\d{0,5}")) {
			throw new NotFoundException("sitemap page " + page);
		}
		List<PageLink> links = this.articles.liveLinks(Integer.parseInt(page) - 1, this.settings.pageSize());
		if (links.isEmpty() && !page.equals("1")) {
			throw new NotFoundException("sitemap page " + page);
		}
		return xml(this.writer.urls(links));
	}

	@GetMapping("/sitemaps/sections.xml")
	ResponseEntity<String> sections() {
		return xml(this.writer.urls(this.articles.listingLinks(StoryList.Kind.SECTION)));
	}

	@GetMapping("/sitemaps/authors.xml")
	ResponseEntity<String> authors() {
		return xml(this.writer.urls(this.articles.listingLinks(StoryList.Kind.AUTHOR)));
	}

	@GetMapping("/sitemaps/tags.xml")
	ResponseEntity<String> tags() {
		return xml(this.writer.urls(this.articles.listingLinks(StoryList.Kind.TAG)));
	}

	@GetMapping("/sitemaps/news.xml")
	ResponseEntity<String> news() {
		return xml(this.writer.news(this.articles.publishedWithin(NEWS_WINDOW, NEWS_LIMIT)));
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body;
		if (this.site.discourageSearchEngines()) {
			body = "# This site is not for search engines (dateline.site.discourage-search-engines).\n"
					+ "User-agent: *\nDisallow: /\n";
		}
		else {
			body = "User-agent: *\nDisallow: /admin/\nDisallow: /search\n\n" + "Sitemap: "
					+ this.site.absolute("/sitemap.xml") + "\nSitemap: " + this.site.absolute("/sitemaps/news.xml")
					+ "\n";
		}
		return ResponseEntity.ok()
			.cacheControl(FeedController.PUBLIC)
			.contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
			.body(body);
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().cacheControl(FeedController.PUBLIC).contentType(XML).body(body);
	}

}
