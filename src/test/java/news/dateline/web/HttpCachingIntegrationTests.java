package news.dateline.web;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleService;
import news.dateline.article.ArticleUpdated;
import news.dateline.article.ArticleViewCounter;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestData;
import news.dateline.system.ChangeLog;
import news.dateline.system.ChangePoller;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "dateline.cache.pages.enabled=true")
class HttpCachingIntegrationTests {

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	PageCache cache;

	@Autowired
	PageCacheInvalidator invalidator;

	@Autowired
	ChangeLog changeLog;

	@Autowired
	ChangePoller poller;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleViewCounter views;

	@Autowired
	ArticleService articles;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactionManager;

	private SectionView section;

	private String author;

	@BeforeEach
	void emptyCache() {
		this.clock.reset();
		this.cache.evictAll();
		this.views.flush();
		this.section = this.data.section("Culture");
		this.author = this.data.author("Noor Haddad", "culture");
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		return this.mvc.perform(get(url).header("User-Agent", BROWSER)).andReturn().getResponse();
	}

	/**
	 * Runs the work in a transaction of its own that commits, so after-commit listeners
	 * run.
	 */
	private void committed(Runnable work) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transaction.executeWithoutResult((status) -> work.run());
	}

	/**
	 * Changes the headline in the database without any event, as if behind the
	 * application's back.
	 */
	private void renameQuietly(Story story, String headline) {
		this.entityManager.flush();
		this.jdbc.sql("update article set headline = ? where id = ?").params(headline, story.id()).update();
		this.entityManager.clear();
	}

	@Test
	void publicPagesCarryAnEtagAndAnswerAMatchingConditionalGetWith304() throws Exception {
		Story story = this.data.story("Opera house reopens", this.section, this.author, Duration.ofHours(1));
		for (String url : List.of(story.url(), "/", this.section.url(), "/feed.atom", "/sitemap.xml")) {
			MockHttpServletResponse first = fetch(url);
			assertThat(first.getStatus()).as(url).isEqualTo(200);
			assertThat(first.getHeader("Cache-Control")).as(url)
				.contains("public")
				.contains("max-age=60")
				.contains("stale-while-revalidate=600");
			String etag = first.getHeader("ETag");
			assertThat(etag).as(url).startsWith("W/\"");
			MockHttpServletResponse second = this.mvc
				.perform(get(url).header("If-None-Match", etag).header("User-Agent", BROWSER))
				.andReturn()
				.getResponse();
			assertThat(second.getStatus()).as(url).isEqualTo(304);
			assertThat(second.getContentAsByteArray()).as(url).isEmpty();
			assertThat(second.getHeader("ETag")).isEqualTo(etag);
		}
		assertThat(this.mvc.perform(get(story.url()).header("If-None-Match", "W/\"other\""))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void theSectionNavigationIsReadOnceAndShowsANewSectionAtOnce() throws Exception {
		assertThat(fetch("/").getContentAsString()).doesNotContain("Obituaries");
		SectionView added = this.data.section("Obituaries");
		this.cache.evictAll();
		assertThat(fetch("/").getContentAsString()).contains("Obituaries").contains("/sections/" + added.slug());
	}

	@Test
	void servesARepeatedRequestFromTheCacheUntilAChangeEvictsIt() throws Exception {
		Story story = this.data.story("Museum wins award", this.section, this.author, Duration.ofHours(1));
		assertThat(fetch(story.url()).getContentAsString()).contains("Museum wins award");
		renameQuietly(story, "Museum wins top award");
		MockHttpServletResponse cached = fetch(story.url());
		assertThat(cached.getContentAsString()).as("served from the cache").contains("Museum wins award");
		assertThat(cached.getHeader("X-Content-Type-Options")).as("security headers are replayed").isEqualTo("nosniff");
		assertThat(cached.getHeader("Cache-Control")).contains("public");
		committed(() -> this.events.publishEvent(
				new ArticleUpdated(story.id(), "slug", 1, news.dateline.article.ArticleStatus.PUBLISHED, null)));
		assertThat(fetch(story.url()).getContentAsString()).contains("Museum wins top award");
	}

	@Test
	void aChangeLoggedByAnotherNodeEvictsOnTheNextPoll() throws Exception {
		Story story = this.data.story("Festival line-up", this.section, this.author, Duration.ofHours(1));
		fetch("/");
		renameQuietly(story, "Festival line-up announced");
		assertThat(fetch("/").getContentAsString()).contains("Festival line-up<").doesNotContain("announced");
		this.changeLog
			.record(ContentChanged.of(ContentKeys.article(story.id()), ContentKeys.card(story.id()), ContentKeys.HOME));
		assertThat(this.poller.poll()).isPositive();
		assertThat(fetch("/").getContentAsString()).contains("Festival line-up announced");
	}

	@Test
	void aScheduledStoryAppearsWhenItsTimeComes() throws Exception {
		Story scheduled = this.data.scheduled("Gallery opens at noon", this.section, this.author,
				Duration.ofMinutes(5));
		assertThat(fetch("/").getContentAsString()).doesNotContain("Gallery opens at noon");
		assertThat(fetch(scheduled.url()).getStatus()).isEqualTo(404);
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.invalidator.checkScheduledStories()).isTrue();
		assertThat(fetch("/").getContentAsString()).contains("Gallery opens at noon");
		assertThat(this.invalidator.checkScheduledStories()).isFalse();
	}

	@Test
	void cacheHitsAreGzippedForClientsThatAcceptIt() throws Exception {
		Story story = this.data.story("Poetry prize shortlist", this.section, this.author, Duration.ofHours(1));
		String plain = fetch(story.url()).getContentAsString();
		MockHttpServletResponse zipped = this.mvc
			.perform(get(story.url()).header("Accept-Encoding", "gzip, deflate, br").header("User-Agent", BROWSER))
			.andReturn()
			.getResponse();
		assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(zipped.getHeaders("Vary")).contains("Accept-Encoding");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
		}
	}

	@Test
	void personalAndAdminRequestsAreNeverCachedAndSayPrivateNoStore() throws Exception {
		Story story = this.data.story("Theatre review", this.section, this.author, Duration.ofHours(1));
		fetch(story.url());
		renameQuietly(story, "Theatre review, updated");
		for (Cookie cookie : List.of(new Cookie("JSESSIONID", "abc"), new Cookie(CommenterCookie.HELD, "1.x"),
				new Cookie("remember-me", "token"))) {
			MockHttpServletResponse response = this.mvc.perform(get(story.url()).cookie(cookie))
				.andReturn()
				.getResponse();
			assertThat(response.getHeader("Cache-Control")).as(cookie.getName()).isEqualTo(CachePolicy.PERSONAL);
			assertThat(response.getContentAsString()).as(cookie.getName()).contains("Theatre review, updated");
			assertThat(response.getHeader("ETag")).isNull();
		}
		assertThat(this.mvc.perform(get("/admin/search")).andReturn().getResponse().getHeader("Cache-Control"))
			.isEqualTo(CachePolicy.PERSONAL);
		assertThat(this.mvc.perform(get(story.url()).param("replytocom", "1"))
			.andReturn()
			.getResponse()
			.getHeader("Cache-Control")).isEqualTo(CachePolicy.PERSONAL);
	}

	@Test
	void searchResultsAreNotKeptInThePageCache() throws Exception {
		fetch("/search?q=theatre");
		assertThat(this.cache.size()).isZero();
		fetch("/");
		assertThat(this.cache.size()).isEqualTo(1);
	}

	@Test
	void aSharePictureNamedWithItsVersionIsKeptInThePageCache() throws Exception {
		Story story = this.data.story("Museo gana el premio — «한국» 🎭", this.section, this.author, Duration.ofHours(1));
		MockHttpServletResponse first = fetch(story.url() + "/share.png?v=1a2b");
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(this.cache.size()).isEqualTo(1);
		assertThat(fetch(story.url() + "/share.png?v=1a2b").getContentAsByteArray())
			.isEqualTo(first.getContentAsByteArray());
		fetch(story.url() + "?v=1a2b");
		assertThat(this.cache.size()).as("v is kept only on share pictures").isEqualTo(1);
		java.util.regex.Matcher named = java.util.regex.Pattern.compile("/share\\.png\\?v=([0-9a-f]+)")
			.matcher(fetch(story.url()).getContentAsString());
		assertThat(named.find()).as("the story page names its share picture").isTrue();
		assertThat(fetch(story.url() + "/share.png?v=" + named.group(1)).getHeader("Cache-Control"))
			.as("the picture's own lookup names the same version as the page")
			.contains("max-age=86400");
	}

	@Test
	void pagingParametersAreKeptOnlyWhereThePageReadsThem() throws Exception {
		Story story = this.data.story("Концерт «Ópera» — 오페라 🎻", this.section, this.author, Duration.ofHours(1));
		assertThat(fetch(story.url() + "?before=junk").getStatus()).isEqualTo(400);
		assertThat(fetch("/?before=junk").getStatus()).isEqualTo(200);
		assertThat(fetch(story.url() + "?after=junk").getStatus()).isEqualTo(200);
		assertThat(fetch(story.url() + "/versions?before=1").getStatus()).isEqualTo(200);
		assertThat(this.cache.size()).as("nothing kept for parameters the pages ignore").isZero();
		fetch(story.url() + "?before=12");
		fetch("/latest?before=junk");
		fetch("/corrections?before=junk");
		assertThat(this.cache.size()).isEqualTo(3);
	}

	@Test
	void staticAssetsAreFingerprintedAndCachedForAYear() throws Exception {
		String html = fetch("/").getContentAsString();
		Matcher css = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
		assertThat(css.find()).as("fingerprinted stylesheet link in " + html.substring(0, 600)).isTrue();
		assertThat(html).containsPattern("src=\"/js/site-[0-9a-f]{32}\\.js\"");
		MockHttpServletResponse asset = fetch(css.group(1));
		assertThat(asset.getStatus()).isEqualTo(200);
		assertThat(asset.getHeader("Cache-Control")).contains("max-age=31536000").contains("public");
	}

	@Test
	void mostReadCountsReadersNotBotsAndShowsOnlyLiveStories() throws Exception {
		Story popular = this.data.story("Popular concert review", this.section, this.author, Duration.ofHours(2));
		Story quiet = this.data.story("Quiet book review", this.section, this.author, Duration.ofHours(3));
		Story withdrawn = this.data.story("Withdrawn film review", this.section, this.author, Duration.ofHours(4));
		for (int i = 0; i < 3; i++) {
			fetch(popular.url());
			fetch(withdrawn.url());
		}
		fetch(quiet.url());
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get(quiet.url()).header("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)"));
		}
		assertThat(this.views.flush()).isEqualTo(3);
		this.data.unpublish(withdrawn);
		this.cache.evictAll();
		// the unpublication is not committed here, so no change event: the list is read
		// again by the clock
		this.clock.advance(MostRead.REFRESH);
		assertThat(this.articles.mostRead(2, 5)).extracting((card) -> card.headline())
			.containsSubsequence("Popular concert review", "Quiet book review")
			.doesNotContain("Withdrawn film review");
		assertThat(this.jdbc.sql("select views from article_view_count where article_id = ?")
			.param(quiet.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(fetch("/").getContentAsString()).contains("Most read").contains("Popular concert review");
	}

}
