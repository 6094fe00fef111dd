package news.dateline.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.ArticleService;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class SearchServiceTests {

	@Autowired
	TestData data;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchService search;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry registry;

	@Autowired
	SearchProperties properties;

	@Autowired
	ArticleService articles;

	@Autowired
	SiteProperties site;

	@Autowired
	Editions editions;

	@Autowired
	news.dateline.section.SectionService sections;

	private SectionView world;

	private String reporter;

	@BeforeEach
	void emptyIndex() {
		this.clock.reset();
		this.index.deleteAll();
		this.index.refresh();
		this.world = this.data.section("World");
		this.reporter = this.data.author("Mina Park", "north korea");
	}

	private Story indexed(Story story) {
		this.indexer.reindex(List.of(story.id()));
		return story;
	}

	private Story story(String headline, String body, Duration age) {
		return indexed(this.data.story(headline, null, body, this.world, List.of(this.reporter), List.of(), age));
	}

	private List<String> headlines(String query) {
		return headlines(this.search.search(SearchRequest.of(query)));
	}

	private static List<String> headlines(SearchResults results) {
		assertThat(results.problem()).isNull();
		return results.hits().stream().map((hit) -> hit.headline().text()).toList();
	}

	@Test
	void timesEverySearchAnswered() {
		story("Harbour bridge reopens", "Traffic flows again.", Duration.ofHours(1));
		long before = this.registry.get(SearchService.LATENCY).timer().count();
		assertThat(headlines("harbour")).containsExactly("Harbour bridge reopens");
		assertThat(headlines("nothing-matches-this")).isEmpty();
		assertThat(this.registry.get(SearchService.LATENCY).timer().count()).isEqualTo(before + 2);
	}

	@Test
	void findsPossessivesAndOtherFormsOfTheWords() {
		story("Pyongyang's envoys talked through the night", "Delegates met in the capital.", Duration.ofHours(1));
		story("Markets close higher", "Shares rose.", Duration.ofHours(1));
		assertThat(headlines("Pyongyang talks")).containsExactly("Pyongyang's envoys talked through the night");
		assertThat(headlines("envoy")).containsExactly("Pyongyang's envoys talked through the night");
	}

	@Test
	void foldsAccentsBothWays() {
		story("Ministers meet", "Le ministère de la défense a confirmé la visite.", Duration.ofHours(1));
		story("Budget vote", "The defense budget passed.", Duration.ofHours(2));
		assertThat(headlines("defense")).containsExactlyInAnyOrder("Ministers meet", "Budget vote");
		assertThat(headlines("défense")).containsExactlyInAnyOrder("Ministers meet", "Budget vote");
		assertThat(headlines("ministere")).containsExactly("Ministers meet");
	}

	@Test
	void quotedPhraseMatchesOnlyTheWordsTogether() {
		story("North Korea tests a missile", "The launch was seen from the south.", Duration.ofHours(1));
		story("Missile debris found", "Debris washed up north of the Korea Strait.", Duration.ofHours(1));
		assertThat(headlines("\"north korea\"")).containsExactly("North Korea tests a missile");
		assertThat(headlines("north korea")).hasSize(2);
	}

	@Test
	void headlineMatchesRankAboveBodyMatchesAndNewerAboveOlder() {
		story("Harbour reopens after storm", "Fishermen returned to the zeppelin works.", Duration.ofHours(1));
		story("Zeppelin flies again", "The airship left the hangar.", Duration.ofHours(1));
		assertThat(headlines("zeppelin")).containsExactly("Zeppelin flies again", "Harbour reopens after storm");
		story("Glacier retreats, old report", "Glacier survey results.", Duration.ofDays(300));
		story("Glacier retreats, new report", "Glacier survey results.", Duration.ofHours(2));
		assertThat(headlines("glacier")).containsExactly("Glacier retreats, new report",
				"Glacier retreats, old report");
	}

	@Test
	void searchesBylinesTagsSourcesAndSection() {
		String wire = this.data.wire("Quillwire");
		indexed(this.data.story("Port strike ends", null, "Workers return.", this.world, List.of(this.reporter),
				List.of(wire), Duration.ofHours(1), "Dockworkers"));
		assertThat(headlines("Mina Park")).containsExactly("Port strike ends");
		assertThat(headlines("dockworkers")).containsExactly("Port strike ends");
		assertThat(headlines("quillwire")).containsExactly("Port strike ends");
		assertThat(headlines("world strike")).containsExactly("Port strike ends");
	}

	@Test
	void filtersBySectionAuthorAndDateRange() {
		SectionView sport = this.data.section("Sport");
		String other = this.data.author("Tarun Kumar");
		this.clock.set(MutableClock.START);
		story("Flood warning in the valley", "Rain.", Duration.ofDays(10));
		indexed(this.data.story("Flood of goals in the final", null, "Five goals.", sport, List.of(other), List.of(),
				Duration.ofDays(1)));
		assertThat(headlines(this.search.search(SearchRequest.parse("flood", sport.slug(), null, null, null, null))))
			.containsExactly("Flood of goals in the final");
		assertThat(headlines(this.search.search(SearchRequest.parse("flood", null, this.reporter, null, null, null))))
			.containsExactly("Flood warning in the valley");
		LocalDate today = LocalDate.of(2026, 6, 20);
		assertThat(headlines(this.search
			.search(SearchRequest.parse("flood", null, null, today.minusDays(2).toString(), today.toString(), null))))
			.containsExactly("Flood of goals in the final");
		assertThat(headlines(this.search
			.search(SearchRequest.parse("flood", null, null, null, today.minusDays(5).toString(), null))))
			.containsExactly("Flood warning in the valley");
	}

	@Test
	void pagesThroughResultsTenAtATimeUpToTheLimit() {
		for (int i = 0; i < 23; i++) {
			story("Comet sighting number " + i, "Astronomers saw it.", Duration.ofMinutes(10 + i));
		}
		SearchResults first = this.search.search(SearchRequest.of("comet"));
		SearchResults third = this.search.search(SearchRequest.of("comet").page(3));
		assertThat(first.total()).isEqualTo(23);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.hits()).hasSize(10);
		assertThat(first.hasNext()).isTrue();
		assertThat(third.hits()).hasSize(3);
		assertThat(third.hasNext()).isFalse();
		List<String> all = new ArrayList<>(headlines(first));
		all.addAll(headlines(this.search.search(SearchRequest.of("comet").page(2))));
		all.addAll(headlines(third));
		assertThat(all).doesNotHaveDuplicates().hasSize(23);
		assertThat(this.search.search(SearchRequest.of("comet").page(SearchService.MAX_PAGES + 1)).problem())
			.isEqualTo("search.problem.too-deep");
	}

	@Test
	void answersEmptyOverlongAndWordlessQueriesWithAProblem() {
		assertThat(this.search.search(SearchRequest.of("   ")).problem()).isEqualTo("search.problem.empty");
		assertThat(this.search.search(SearchRequest.of("a".repeat(201))).problem())
			.isEqualTo("search.problem.too-long");
		assertThat(this.search.search(SearchRequest.of("the of and")).problem()).isEqualTo("search.problem.no-words");
		assertThat(this.search.search(SearchRequest.parse("storm", null, null, "20-20-2020", null, null)).problem())
			.isEqualTo("search.problem.dates");
		assertThat(this.search.search(SearchRequest.parse("storm", null, null, "2026-06-20", "2026-01-01", null))
			.problem()).isEqualTo("search.problem.dates");
	}

	@Test
	void readsLuceneSyntaxAndStrayQuotesAsPlainWords() {
		story("Storm hits the coast", "Winds of 120 km/h and [red] warnings: stay home.", Duration.ofHours(1));
		for (String query : List.of("\"storm", "storm\"", "AND OR ~ ^ : [ ] { } \\ /", "storm AND", "storm~2",
				"title:storm", "(((storm", "storm)))", "[red TO blue]", "-", "\"", "+++", "storm^10", "km/h", "\\")) {
			SearchResults results = this.search.search(SearchRequest.of(query));
			assertThat(results.problem()).as(query).isIn(null, "search.problem.no-words");
		}
		assertThat(headlines("\"storm")).containsExactly("Storm hits the coast");
		assertThat(headlines("km/h")).containsExactly("Storm hits the coast");
	}

	@Test
	void neverFindsScheduledOrUnpublishedStories() {
		Story scheduled = indexed(this.data.scheduled("Embargoed merger of Acme and Bigco", this.world, this.reporter,
				Duration.ofHours(3)));
		Story live = story("Merger talks rumoured", "Acme declined to comment.", Duration.ofHours(1));
		assertThat(headlines("merger")).containsExactly("Merger talks rumoured");
		this.data.unpublish(live);
		assertThat(headlines("merger")).as("the database has the last word even before re-indexing").isEmpty();
		this.indexer.reindex(List.of(live.id(), scheduled.id()));
		assertThat(this.index.size()).isEqualTo(1);
		this.clock.advance(Duration.ofHours(4));
		assertThat(headlines("merger")).as("a scheduled story is found once its time comes")
			.containsExactly("Embargoed merger of Acme and Bigco");
	}

	@Test
	void snippetMarksTheMatchedWordsInPlainTextPieces() {
		story("Council meeting",
				"Opening remarks. Later the mayor said <b>the budget</b> would cover the tramway extension.",
				Duration.ofHours(1));
		SearchHit hit = this.search.search(SearchRequest.of("tramway")).hits().get(0);
		assertThat(hit.snippet().pieces()).contains(new Snippet.Piece("tramway", true));
		assertThat(hit.snippet().text()).contains("<b>the budget</b>").contains("tramway extension");
		assertThat(hit.headline().pieces()).containsExactly(new Snippet.Piece("Council meeting", false));
		// the index keeps times to the millisecond, all that a result's <time datetime>
		// shows
		assertThat(hit.publishedAt())
			.isEqualTo(MutableClock.START.minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(hit.url()).startsWith("/articles/story-");
	}

	@Test
	void snippetMarksWordsDeepInALongBodyAndTheHeadline() {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			body.append("Paragraph ").append(i).append(" tells of the harvest in the hills, sentence by sentence.\n\n");
		}
		body.append("Near the end the minister finally mentioned the aqueduct and its repair.\n\n");
		body.append("The last paragraph says nothing of note.");
		story("Aqueduct repairs begin", body.toString(), Duration.ofHours(1));
		SearchHit hit = this.search.search(SearchRequest.of("aqueduct")).hits().get(0);
		assertThat(hit.headline().pieces()).containsExactly(new Snippet.Piece("Aqueduct", true),
				new Snippet.Piece(" repairs begin", false));
		assertThat(hit.snippet().pieces()).contains(new Snippet.Piece("aqueduct", true));
		assertThat(hit.snippet().text()).contains("minister finally mentioned the aqueduct")
			.doesNotContain("Paragraph 0 ")
			.hasSizeLessThan(400);
	}

	@Test
	void snippetIsTheDeckWhenOnlyTheDeckHasTheWords() {
		indexed(this.data.story("Council meeting", "The tramway vote is delayed again.", "Opening remarks were brief.",
				this.world, List.of(this.reporter), List.of(), Duration.ofHours(1)));
		SearchHit hit = this.search.search(SearchRequest.of("tramway")).hits().get(0);
		assertThat(hit.snippet().pieces()).containsExactly(new Snippet.Piece("The ", false),
				new Snippet.Piece("tramway", true), new Snippet.Piece(" vote is delayed again.", false));
	}

	@Test
	void snippetIsTheBodyOpeningWhenTheWordsMatchElsewhere() {
		indexed(this.data.story("Port strike ends", null, "Workers return to the docks.\n\nTalks lasted all week.",
				this.world, List.of(this.reporter), List.of(), Duration.ofHours(1), "Dockworkers"));
		SearchHit hit = this.search.search(SearchRequest.of("dockworkers")).hits().get(0);
		assertThat(hit.snippet().pieces()).noneMatch(Snippet.Piece::match);
		assertThat(hit.snippet().text()).startsWith("Workers return to the docks.");
		assertThat(hit.headline().pieces()).containsExactly(new Snippet.Piece("Port strike ends", false));
	}

	@Test
	void quotedPhraseIsMarkedOnlyWhereTheWordsAreTogether() {
		story("Talks resume", "Korea said little. Later North Korea agreed to the north route.", Duration.ofHours(1));
		SearchHit hit = this.search.search(SearchRequest.of("\"north korea\"")).hits().get(0);
		List<String> marked = hit.snippet()
			.pieces()
			.stream()
			.filter(Snippet.Piece::match)
			.map(Snippet.Piece::text)
			.toList();
		assertThat(String.join(" ", marked)).isEqualTo("North Korea");
		assertThat(hit.snippet().text()).startsWith("Korea said little.");
	}

	@Test
	void reusesTheRankingOfAMomentAgoWhileTheIndexIsUnchanged() {
		long ttl = this.properties.resultsTtl().toMillis();
		this.clock.set(Instant.ofEpochMilli(Math.floorDiv(MutableClock.START.toEpochMilli(), ttl) * ttl));
		indexed(this.data.scheduled("Eclipse viewing party", this.world, this.reporter, Duration.ofSeconds(1)));
		assertThat(headlines("eclipse")).isEmpty();
		this.clock.advance(Duration.ofMillis(ttl / 2));
		assertThat(headlines("eclipse")).as("the ranking of a moment ago, before the story went live").isEmpty();
		this.clock.advance(Duration.ofMillis(ttl));
		assertThat(headlines("eclipse")).containsExactly("Eclipse viewing party");
	}

	@Test
	void ranksEverySearchAfreshWithoutAResultsTimeToLive() {
		SearchService uncached = new SearchService(this.index, this.articles, this.site, this.clock, this.registry,
				new SearchProperties(SearchProperties.IN_MEMORY, true, Duration.ZERO), this.editions, this.sections);
		indexed(this.data.scheduled("Eclipse viewing party", this.world, this.reporter, Duration.ofSeconds(1)));
		assertThat(headlines(uncached.search(SearchRequest.of("eclipse")))).isEmpty();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(headlines(uncached.search(SearchRequest.of("eclipse")))).containsExactly("Eclipse viewing party");
	}

	@Test
	void findsSimilarLiveStoriesForRelatedStories() {
		Story first = story("Volcano erupts near the island village", "Lava flows reached the island village.",
				Duration.ofHours(1));
		Story second = story("Island village evacuated as volcano rumbles", "The volcano forced villagers out.",
				Duration.ofHours(2));
		indexed(this.data.scheduled("Volcano island village report", this.world, this.reporter, Duration.ofHours(5)));
		story("Football results", "Three matches.", Duration.ofHours(1));
		assertThat(this.search.similarTo(first.id(), 4)).containsExactly(second.id());
	}

	@Test
	void rebuildIndexesEveryPublishedStoryFromTheDatabase() {
		Story live = this.data.story("Rebuilt story about quasars", this.world, this.reporter, Duration.ofHours(1));
		Story gone = this.data.story("Withdrawn story about quasars", this.world, this.reporter, Duration.ofHours(1));
		this.data.unpublish(gone);
		RebuildProgress progress = this.indexer.rebuild();
		assertThat(progress.failed()).isFalse();
		assertThat(progress.running()).isFalse();
		assertThat(progress.indexed()).isEqualTo(progress.total()).isPositive();
		assertThat(headlines("quasars")).containsExactly("Rebuilt story about quasars");
		assertThat(live.id()).isNotNull();
	}

}
