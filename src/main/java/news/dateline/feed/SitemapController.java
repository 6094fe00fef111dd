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
import news.dateline.article.EditionLink;
import news.dateline.article.PageLink;
import news.dateline.article.StoryList;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.NotFoundException;
import news.dateline.system.SiteProperties;

/**
 * Sitemaps and robots.txt: {@code /sitemap.xml} indexes the default edition's paged
 * article sitemaps ({@code /sitemaps/articles-1.xml} ...), the section, author and tag
 * sitemaps and the Google News sitemap of the last two days; {@code /es/sitemap.xml} the
 * Spanish edition's article sitemaps ({@code /es/sitemaps/articles-1.xml} ...), whose
 * stories name their translations as alternates, its section, author and tag sitemaps (at
 * their slugs in Spanish) and its news sitemap; {@code /robots.txt} points at them, or
 * turns every crawler away when the site discourages search engines (staging).
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

	private final Editions editions;

	SitemapController(ArticleSyndication articles, SitemapWriter writer, SitemapSettings settings, SiteProperties site,
			Editions editions) {
		this.editions = editions;
		this.articles = articles;
		this.writer = writer;
		this.settings = settings;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		List<PageLink> sitemaps = new ArrayList<>(articleSitemaps(this.editions.defaultEdition()));
		for (String kind : List.of("sections", "authors", "tags", "news")) {
			sitemaps.add(new PageLink("/sitemaps/" + kind + ".xml", null));
		}
		return xml(this.writer.index(sitemaps));
	}

	/** Another edition's sitemap index: {@code /es/sitemap.xml}. */
	@GetMapping("/{edition:[a-z]{2,3}}/sitemap.xml")
	ResponseEntity<String> editionIndex(@PathVariable String edition) {
		Edition other = otherEdition(edition);
		List<PageLink> sitemaps = new ArrayList<>(articleSitemaps(other));
		for (String kind : List.of("sections", "authors", "tags", "news")) {
			sitemaps.add(new PageLink(other.path("/sitemaps/" + kind + ".xml"), null));
		}
		return xml(this.writer.index(sitemaps));
	}

	/** The paged story sitemaps of an edition. */
	private List<PageLink> articleSitemaps(Edition edition) {
		long size = this.settings.pageSize();
		long pages = Math.max(1, (this.articles.countLive(edition.code()) + size - 1) / size);
		List<PageLink> sitemaps = new ArrayList<>();
		for (int page = 1; page <= pages; page++) {
			sitemaps.add(new PageLink(edition.path("/sitemaps/articles-" + page + ".xml"), null));
		}
		return sitemaps;
	}

	@GetMapping("/sitemaps/articles-{page}.xml")
	ResponseEntity<String> articles(@PathVariable String page) {
		return stories(this.editions.defaultEdition(), page);
	}

	@GetMapping("/{edition:[a-z]{2,3}}/sitemaps/articles-{page}.xml")
	ResponseEntity<String> editionArticles(@PathVariable String edition, @PathVariable String page) {
		return stories(otherEdition(edition), page);
	}

	/** A page of an edition's stories with their translations as alternates. */
	private ResponseEntity<String> stories(Edition edition, String page) {
		if (!page.matches("[1-9]\\d{0,5}")) {
			throw new NotFoundException("sitemap page " + page);
		}
		List<EditionLink> links = this.articles.liveLinks(edition.code(), Integer.parseInt(page) - 1,
				this.settings.pageSize());
		if (links.isEmpty() && !page.equals("1")) {
			throw new NotFoundException("sitemap page " + page);
		}
		return xml(this.writer.stories(edition, links));
	}

	/** The edition other than the default one with this code, else a 404. */
	private Edition otherEdition(String code) {
		return this.editions.byCode(code)
			.filter((edition) -> !edition.isDefault())
			.orElseThrow(() -> new NotFoundException("sitemap of " + code));
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

	/**
	 * Another edition's section, author and tag pages that have its live stories, at
	 * their addresses there: {@code /es/sitemaps/sections.xml} lists
	 * {@code /es/sections/mundo}.
	 */
	@GetMapping("/{edition:[a-z]{2,3}}/sitemaps/{kind:sections|authors|tags}.xml")
	ResponseEntity<String> editionListings(@PathVariable String edition, @PathVariable String kind) {
		Edition other = otherEdition(edition);
		StoryList.Kind listKind = switch (kind) {
			case "sections" -> StoryList.Kind.SECTION;
			case "authors" -> StoryList.Kind.AUTHOR;
			default -> StoryList.Kind.TAG;
		};
		List<PageLink> links = this.articles.listingLinks(listKind, other.code())
			.stream()
			.map((link) -> new PageLink(other.path(link.path()), link.lastModified()))
			.toList();
		return xml(this.writer.urls(links));
	}

	@GetMapping("/sitemaps/news.xml")
	ResponseEntity<String> news() {
		return news(this.editions.defaultEdition());
	}

	@GetMapping("/{edition:[a-z]{2,3}}/sitemaps/news.xml")
	ResponseEntity<String> editionNews(@PathVariable String edition) {
		return news(otherEdition(edition));
	}

	private ResponseEntity<String> news(Edition edition) {
		return xml(this.writer.news(edition, this.articles.publishedWithin(edition.code(), NEWS_WINDOW, NEWS_LIMIT)));
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body;
		if (this.site.discourageSearchEngines()) {
			body = "# This site is not for search engines (dateline.site.discourage-search-engines).\n"
					+ "User-agent: *\nDisallow: /\n";
		}
		else {
			StringBuilder text = new StringBuilder("User-agent: *\nDisallow: /admin/\n");
			this.editions.all()
				.forEach((edition) -> text.append("Disallow: ").append(edition.path("/search")).append('\n'));
			text.append('\n');
			this.editions.all()
				.forEach((edition) -> text.append("Sitemap: ")
					.append(this.site.absolute(edition.path("/sitemap.xml")))
					.append('\n'));
			this.editions.all()
				.forEach((edition) -> text.append("Sitemap: ")
					.append(this.site.absolute(edition.path("/sitemaps/news.xml")))
					.append('\n'));
			body = text.toString();
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
