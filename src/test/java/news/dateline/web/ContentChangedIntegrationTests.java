package news.dateline.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticleService;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionService;
import news.dateline.article.EditorialService;
import news.dateline.author.AuthorDetails;
import news.dateline.author.AuthorService;
import news.dateline.comment.CommentModeration;
import news.dateline.comment.ModerationAction;
import news.dateline.search.SearchRequest;
import news.dateline.search.SearchService;
import news.dateline.section.SectionDetails;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.source.SourceDetails;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceService;
import news.dateline.support.ApplicationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.ChangeLog;
import news.dateline.system.ChangePoller;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Slugs;
import news.dateline.tag.TagDetails;
import news.dateline.tag.TagService;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every kind of write readers can see, made through its service and committed: each one
 * evicts exactly the cached pages showing what it changed, is written to the change log
 * with its keys for the other nodes, and reaches search and the navigation.
 */
@ApplicationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "dateline.cache.pages.enabled=true")
class ContentChangedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	@Autowired
	PageCache cache;

	@Autowired
	EditorialService editorial;

	@Autowired
	ArticleService articles;

	@Autowired
	CorrectionService corrections;

	@Autowired
	CommentModeration moderation;

	@Autowired
	AuthorService authors;

	@Autowired
	TagService tags;

	@Autowired
	SourceService sources;

	@Autowired
	SectionService sections;

	@Autowired
	SearchService search;

	@Autowired
	ChangeLog changeLog;

	@Autowired
	ChangePoller poller;

	@Autowired
	JdbcClient jdbc;

	private SectionView world;

	private SectionView culture;

	private String tarun;

	private String noor;

	private String tag;

	private String wire;

	private Story story;

	private Story other;

	private UserView editor;

	/** Page name to request URI, in the order they are fetched. */
	private final Map<String, String> pages = new LinkedHashMap<>();

	@BeforeEach
	void newsroom() throws Exception {
		this.clock.reset();
		this.cache.evictAll();
		this.editor = this.staff.account(Role.EDITOR);
		this.staff.signIn(this.editor);
		this.world = this.data.section("World");
		this.culture = this.data.section("Culture");
		this.tarun = this.data.author("Tarun Kumar", "politics");
		this.noor = this.data.author("Noor Haddad", "culture");
		this.wire = this.data.wire("EFE");
		String tagName = TestData.unique("경제");
		this.tag = Slugs.of(tagName);
		this.story = this.data.story("Ministers meet in Seoul — talks « resume »", "A deck", "Body text.", this.world,
				List.of(this.tarun), List.of(this.wire), Duration.ofMinutes(30), tagName);
		this.other = this.data.story("Museum opens a new wing", this.culture, this.noor, Duration.ofMinutes(40),
				TestData.unique("museums"));
		this.pages.clear();
		page("story", this.story.url());
		page("other story", this.other.url());
		page("home", "/");
		page("latest", "/latest");
		page("world", "/sections/" + this.world.slug());
		page("culture", "/sections/" + this.culture.slug());
		page("tarun", "/authors/" + this.tarun);
		page("noor", "/authors/" + this.noor);
		page("tag", "/tags/" + this.tag);
		page("wire", "/sources/" + this.wire);
		page("site feed", "/feed.atom");
		page("world feed", "/sections/" + this.world.slug() + "/feed.atom");
		page("sitemap", "/sitemaps/sections.xml");
		page("corrections", "/corrections");
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private void page(String name, String url) {
		this.pages.put(name, url);
	}

	/**
	 * Fetches every page so each is cached, then makes the change and names the pages no
	 * longer cached.
	 */
	private Set<String> evictedBy(Runnable write) throws Exception {
		Map<String, String> uris = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : this.pages.entrySet()) {
			MvcResult result = this.mvc
				.perform(get(page.getValue()).header("User-Agent", HttpCachingIntegrationTests.BROWSER))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(page.getKey()).isEqualTo(200);
			String uri = result.getRequest().getRequestURI();
			assertThat(this.cache.get(uri)).as(page.getKey() + " is cached").isNotNull();
			uris.put(page.getKey(), uri);
		}
		// a request leaves nobody signed in
		this.staff.signIn(this.editor);
		write.run();
		return uris.entrySet()
			.stream()
			.filter((page) -> this.cache.get(page.getValue()) == null)
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> pagesOf(String... names) {
		return new TreeSet<>(List.of(names));
	}

	/** The lists and feeds showing the story's card. */
	private static final String[] STORY_LISTS = { "home", "latest", "world", "tarun", "tag", "wire" };

	private static String[] with(String[] base, String... more) {
		return java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
			.toArray(String[]::new);
	}

	private List<String> loggedKeys(long after) {
		return this.changeLog.after(after, 100).stream().flatMap((row) -> row.keys().stream()).toList();
	}

	private ArticleEdit retitled(Long id, String headline) {
		ArticleEdit edit = this.editorial.editor(id).edit();
		return new ArticleEdit(headline, edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
				edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
				edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(),
				edit.commentsOpen(), edit.version());
	}

	@Test
	void aStoryEditEvictsItsPageItsListsTheFeedsAndTheSitemapsAndReachesSearchAndTheOtherNodes() throws Exception {
		long before = this.changeLog.latestId();
		assertThat(evictedBy(() -> this.editorial.update(this.story.id(),
				retitled(this.story.id(), "Ministers agree in Seoul — “a breakthrough”"))))
			.isEqualTo(pagesOf(with(STORY_LISTS, "story", "site feed", "world feed", "sitemap")));
		assertThat(loggedKeys(before)).contains(ContentKeys.article(this.story.id()), ContentKeys.card(this.story.id()),
				ContentKeys.section(this.world.slug()), ContentKeys.author(this.tarun), ContentKeys.tag(this.tag),
				ContentKeys.source(this.wire), ContentKeys.HOME, ContentKeys.FEEDS, ContentKeys.SEARCH);
		assertThat(this.search.search(SearchRequest.of("breakthrough")).hits()).extracting((hit) -> hit.url())
			.containsExactly(this.story.url());
	}

	@Test
	void unpublishingAndPublishingAgainEvictTheSamePages() throws Exception {
		Set<String> expected = pagesOf(with(STORY_LISTS, "story", "site feed", "world feed", "sitemap"));
		assertThat(evictedBy(() -> this.editorial.unpublish(this.story.id()))).isEqualTo(expected);
		page("story", this.other.url());
		assertThat(evictedBy(() -> this.editorial.publish(this.story.id()))).isEqualTo(
				pagesOf("home", "latest", "world", "tarun", "tag", "wire", "site feed", "world feed", "sitemap"));
	}

	@Test
	void aScheduledStoryReleasedOnTimeEvictsTheListsItJoins() throws Exception {
		Story scheduled = this.data.scheduled("Election night, live", this.world, this.tarun, Duration.ofMinutes(5));
		this.jdbc.sql("update article set status = 'SCHEDULED', release_at = published_at where id = ?")
			.param(scheduled.id())
			.update();
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(evictedBy(() -> assertThat(this.editorial.releaseDue()).isEqualTo(1)))
			.isEqualTo(pagesOf("home", "latest", "world", "tarun", "site feed", "world feed", "sitemap"));
	}

	@Test
	void aCorrectionAlsoEvictsTheCorrectionsLog() throws Exception {
		assertThat(evictedBy(() -> this.corrections.add(this.story.id(), CorrectionKind.CORRECTION,
				"An earlier version misspelt the minister’s name.")))
			.isEqualTo(pagesOf(with(STORY_LISTS, "story", "site feed", "world feed", "sitemap", "corrections")));
	}

	@Test
	void everyModerationChangeToAShownCommentEvictsTheStoryPageAndTheCountsOnItsCards() throws Exception {
		Long comment = this.data.approvedComment(this.story, null, "José Núñez", "¡Qué buena noticia! 🎉");
		Set<String> threadAndCount = pagesOf(with(STORY_LISTS, "story"));
		assertThat(evictedBy(() -> this.moderation.apply(ModerationAction.UNAPPROVE, comment)))
			.isEqualTo(threadAndCount);
		assertThat(evictedBy(() -> this.moderation.apply(ModerationAction.APPROVE, comment))).isEqualTo(threadAndCount);
		assertThat(evictedBy(() -> this.moderation.edit(comment, "¡Qué buena noticia!"))).isEqualTo(pagesOf("story"));
		assertThat(evictedBy(() -> this.moderation.apply(ModerationAction.TRASH, comment))).isEqualTo(threadAndCount);
		assertThat(evictedBy(() -> this.moderation.apply(ModerationAction.RESTORE, comment))).isEmpty();
	}

	@Test
	void aRecountOfCommentsEvictsOnlyTheCardsShowingTheCount() throws Exception {
		assertThat(evictedBy(() -> this.articles.recountComments(List.of(this.story.id()))))
			.isEqualTo(pagesOf(STORY_LISTS));
	}

	@Test
	void anAuthorRenameEvictsTheAuthorPageAndEveryPageShowingTheByline() throws Exception {
		long before = this.changeLog.latestId();
		var editing = this.authors.editing(this.authors.bySlug(this.tarun).id());
		AuthorDetails details = editing.value();
		assertThat(evictedBy(() -> this.authors.update(editing.id(), editing.version(),
				new AuthorDetails("Tarun K. Kumar", details.slug(), details.bio(), details.photoUrl(), details.beats(),
						details.links()))))
			.isEqualTo(pagesOf("story", "home", "latest", "world", "tarun", "tag", "wire", "site feed", "world feed",
					"sitemap"));
		assertThat(loggedKeys(before)).contains(ContentKeys.author(this.tarun), ContentKeys.name("author", this.tarun));
	}

	@Test
	void aTagRenameEvictsTheTagPageAndTheStoriesShowingIt() throws Exception {
		Long id = this.tags.bySlug(this.tag).id();
		var editing = this.tags.editing(id);
		assertThat(evictedBy(() -> this.tags.rename(id, editing.version(), new TagDetails("경제 뉴스", this.tag))))
			.isEqualTo(pagesOf("story", "tag", "site feed", "world feed", "sitemap"));
	}

	@Test
	void aSourceChangeEvictsTheSourcePageAndTheStoriesCreditingIt() throws Exception {
		Long id = this.sources.bySlug(this.wire).id();
		var editing = this.sources.editing(id);
		SourceDetails details = editing.value();
		assertThat(evictedBy(() -> this.sources.update(id, editing.version(),
				new SourceDetails("Agencia EFE", details.slug(), SourceKind.WIRE, details.url(),
						details.attributionTemplate()))))
			.isEqualTo(pagesOf("story", "wire", "site feed", "world feed", "sitemap"));
	}

	@Test
	void aSectionChangeEvictsEveryPageThroughTheNavigationAndShowsAtOnce() throws Exception {
		var editing = this.sections.editing(this.culture.id());
		SectionDetails details = editing.value();
		assertThat(evictedBy(() -> this.sections.update(this.culture.id(), editing.version(),
				new SectionDetails("Cultura y Artes", details.slug(), details.description(), details.position()))))
			.isEqualTo(new TreeSet<>(this.pages.keySet()));
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.contains("Cultura y Artes");
	}

	@Test
	void theSpanishPagesOfASectionAndTagAtTheirSpanishSlugsAreEvictedByTheirStoriesAndTheirNames() throws Exception {
		String mundo = TestData.uniqueSlug("mundo-españa");
		String economia = TestData.uniqueSlug("economía");
		this.sections.translate(this.world.id(), "es", "Mundo y España", mundo, null);
		this.tags.translate(this.tags.bySlug(this.tag).id(), "es", "Economía 경제 📈", economia);
		this.pages.clear();
		page("es world", "/es/sections/" + mundo);
		page("es tag", "/es/tags/" + economia);
		page("culture feed", "/sections/" + this.culture.slug() + "/feed.atom");
		assertThat(evictedBy(() -> this.editorial.update(this.story.id(),
				retitled(this.story.id(), "Ministers agree in Seoul — “a deal”"))))
			.as("a story of the section and tag, under their own slugs")
			.isEqualTo(pagesOf("es world", "es tag", "culture feed"));
		this.pages.remove("culture feed");
		String renamed = TestData.uniqueSlug("mundo-y-españa");
		assertThat(evictedBy(() -> this.sections.translate(this.world.id(), "es", "Mundo", renamed, null)))
			.contains("es world");
		assertThat(this.mvc.perform(get("/es/sections/" + renamed)).andReturn().getResponse().getContentAsString())
			.contains("<h1>Mundo</h1>");
		assertThat(this.mvc.perform(get("/es/sections/" + mundo)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anotherNodesChangeEvictsTheSamePagesFromTheChangeLog() throws Exception {
		this.poller.poll();
		assertThat(evictedBy(() -> {
			this.changeLog.record(ContentChanged.of(ContentKeys.comments(this.story.id())));
			this.poller.poll();
		})).isEqualTo(pagesOf(STORY_LISTS));
	}

}
