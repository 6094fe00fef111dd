package news.dateline.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleView;
import news.dateline.article.CardPage;
import news.dateline.article.FrontPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

class PageMetadataTests extends WebSliceTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String articlePage(ArticleView article) throws Exception {
		given(this.articles.lookup(article.slug())).willReturn(new ArticleLookup.Found(article));
		given(this.comments.thread(eq(article.id()), anyCollection())).willReturn(emptyThread());
		return this.mvc.perform(get("/articles/" + article.slug())).andReturn().getResponse().getContentAsString();
	}

	private static List<JsonNode> jsonLd(String html) {
		List<JsonNode> blocks = new java.util.ArrayList<>();
		String open = "<script type=\"application/ld+json\">";
		int at = html.indexOf(open);
		while (at >= 0) {
			int end = html.indexOf("</script>", at);
			blocks.add(JSON.readTree(html.substring(at + open.length(), end)));
			at = html.indexOf(open, end);
		}
		return blocks;
	}

	@Test
	void articlePageCarriesDescriptionShareTagsAndNewsArticleJsonLd() throws Exception {
		String html = articlePage(sampleArticle(true));
		assertThat(html).contains("<meta name=\"description\" content=\"Seoul condemns the pact.\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:8080/articles/" + SLUG + "\">")
			.contains("<meta property=\"article:published_time\" content=\"2026-06-20T08:00:00.123Z\">")
			.contains("<meta property=\"article:tag\" content=\"North Korea\">")
			// a story without a photo shares its drawn card, named by its version
			.containsPattern("<meta property=\"og:image\" content=\"http://localhost:8080/articles/" + SLUG
					+ "/share.png\\?v=[0-9a-f]+\">")
			.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\"");
		List<JsonNode> blocks = jsonLd(html);
		assertThat(blocks).hasSize(2);
		JsonNode news = blocks.get(0);
		assertThat(news.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(news.get("headline").asString()).startsWith("Military agreement");
		// the sample story was published between seconds: machine-readable times keep the
		// milliseconds only
		assertThat(news.get("datePublished").asString()).isEqualTo("2026-06-20T08:00:00.123Z");
		assertThat(news.get("dateline").asString()).isEqualTo("Seoul");
		assertThat(news.get("author").get(0).get("@type").asString()).isEqualTo("Person");
		assertThat(news.get("author").get(0).get("url").asString())
			.isEqualTo("http://localhost:8080/authors/tarun-kumar");
		assertThat(news.get("author").get(0).get("knowsAbout").get(0).asString()).isEqualTo("news");
		assertThat(news.get("publisher").get("@type").asString()).isEqualTo("NewsMediaOrganization");
		assertThat(news.get("sourceOrganization").get(0).get("name").asString()).isEqualTo("AP");
		JsonNode crumbs = blocks.get(1);
		assertThat(crumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(crumbs.get("itemListElement").get(1).get("name").asString()).isEqualTo("World");
		assertThat(crumbs.get("itemListElement").get(2).get("position").asInt()).isEqualTo(3);
	}

	@Test
	void headlineWithScriptEndTagCannotBreakOutOfTheJsonLdBlock() throws Exception {
		ArticleView sample = sampleArticle(true);
		String evil = "</script><script>alert(1)</script> & \u2028 <!--";
		ArticleView article = new ArticleView(sample.id(), sample.slug(), evil, null, null, sample.bodyHtml(),
				sample.section(), sample.publishedAt(), sample.updatedAt(), false, sample.bylines(), sample.sources(),
				sample.tags(), true, 0, List.of(), null, null, null, List.of());
		String html = articlePage(article);
		String head = html.substring(0, html.indexOf("</head>"));
		String open = "<script type=\"application/ld+json\">";
		String script = head.substring(head.indexOf(open) + open.length(),
				head.indexOf("</script>", head.indexOf(open)));
		assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
		assertThat(head).doesNotContain("<script>alert(1)");
		assertThat(script)
			.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u2028");
		assertThat(jsonLd(html).get(0).get("headline").asString()).isEqualTo(evil);
	}

	@Test
	void descriptionFallsBackToTheOpeningOfTheBody() {
		ArticleView sample = sampleArticle(true);
		String body = "<p><span class=\"dateline\">SEOUL.-</span> " + "Word &amp; word ".repeat(30) + "</p>";
		ArticleView article = new ArticleView(sample.id(), sample.slug(), "Headline", null, "SEOUL.-", body,
				sample.section(), sample.publishedAt(), sample.updatedAt(), false, List.of(), List.of(), List.of(),
				true, 0, List.of(), null, null, null, List.of());
		String description = PageMetadata.describe(article);
		assertThat(description).startsWith("SEOUL.- Word & word").endsWith("…");
		assertThat(description.length()).isLessThanOrEqualTo(PageMetadata.DESCRIPTION_LENGTH + 1);
	}

	@Test
	void homePageHasWebSiteWithSearchAction() throws Exception {
		given(this.articles.frontPage("en"))
			.willReturn(new FrontPage(null, List.of(), new CardPage(List.of(), null, null), List.of()));
		String html = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		JsonNode website = jsonLd(html).get(0);
		assertThat(website.get("@type").asString()).isEqualTo("WebSite");
		assertThat(website.get("potentialAction").get("target").get("urlTemplate").asString())
			.isEqualTo("http://localhost:8080/search?q={search_term_string}");
		assertThat(website.get("potentialAction").get("query-input").asString())
			.isEqualTo("required name=search_term_string");
		assertThat(html).contains(
				"<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/search\" aria-label=\"Site search\">")
			.contains("<label for=\"site-search-q\">Search stories</label>")
			.doesNotContain("noindex");
	}

	@Test
	void sectionPageOffersItsOwnFeeds() throws Exception {
		given(this.sections.bySlug("world")).willReturn(WORLD);
		given(this.articles.sectionPage(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
				org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
				org.mockito.ArgumentMatchers.any()))
			.willReturn(new CardPage(List.of(), null, null));
		this.mvc.perform(get("/sections/world"))
			.andExpect(content().string(allOf(containsString(
					"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/sections/world/feed.atom\" title=\"World - Dateline (Atom)\">"),
					containsString(
							"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/sections/world/feed.rss\""),
					containsString("<meta name=\"description\" content=\"International news\">"),
					not(containsString("application/ld+json")))));
	}

}
